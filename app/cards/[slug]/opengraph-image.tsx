// The card's share image, drawn with next/og's bundled font only: no remote fonts, no network.
import { ImageResponse } from "next/og";
import { loadPublicCard } from "@/lib/cards/page-data";
import { ogText } from "@/lib/cards/og-text";
import { attributionLabel, truthLabel } from "@/lib/verdicts";

export const alt = "Claim card with its truth and attribution verdicts";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const badge = {
  display: "flex",
  padding: "10px 22px",
  borderRadius: 999,
  fontSize: 30,
  background: "#eef2f6",
  color: "#1d232b",
} as const;

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const card = await loadPublicCard((await params).slug);
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        padding: 64,
        background: "#ffffff",
        color: "#1d232b",
        borderTop: "18px solid #0b5cad",
      }}
    >
      <div style={{ display: "flex", fontSize: 28, color: "#5b6673" }}>
        {ogText(
          `${card.organizationName} claim card${card.number > 1 ? ` · corrected (version ${card.number})` : ""}`,
          80,
        )}
      </div>
      <div style={{ display: "flex", fontSize: 56, lineHeight: 1.15, marginTop: 24, fontWeight: 700 }}>
        {ogText(card.headline, 110)}
      </div>
      <div style={{ display: "flex", fontSize: 30, lineHeight: 1.3, marginTop: 24, color: "#3b4552" }}>
        {ogText(`“${card.content.claim.text}”`, 150)}
      </div>
      <div style={{ display: "flex", marginTop: "auto", gap: 16 }}>
        <div style={badge}>{`Truth: ${truthLabel(card.truthVerdict)}`}</div>
        <div style={badge}>{`Attribution: ${attributionLabel(card.attributionVerdict)}`}</div>
      </div>
    </div>,
    size,
  );
}
