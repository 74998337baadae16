// The compact card other sites frame, and the <iframe> snippet that frames it. The page is plain
// HTML built here (not a React page) so it carries none of the site's chrome and sets its own
// framing headers (app/embed/[slug]/route.ts).
import { formatDate } from "@/lib/format";
import { attributionLabel, truthLabel } from "@/lib/verdicts";
import { escapeHtml } from "@/lib/escape-html";
import type { PublishedCard } from "./types";
import { cardPath, embedPath } from "./urls";

export function embedSnippet(baseUrl: string, slug: string, headline: string): string {
  return `<iframe src="${escapeHtml(baseUrl + embedPath(slug))}" title="${escapeHtml(`Claim card: ${headline}`)}" width="100%" height="320" style="border:1px solid #d9dee4;border-radius:6px;max-width:560px" loading="lazy"></iframe>`;
}

const EMBED_CSS = `
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d232b;background:#fff}
.card{padding:14px 16px}
.kicker{margin:0;font-size:12px;color:#5b6673;text-transform:uppercase;letter-spacing:.4px}
h1{font-size:18px;line-height:1.3;margin:6px 0 8px}
.claim{font-family:Georgia,serif;border-left:3px solid #d9dee4;padding-left:10px;margin:0 0 10px}
.verdicts{display:flex;gap:6px;flex-wrap:wrap;margin-bottom:10px}
.badge{font-size:12px;font-weight:700;padding:2px 8px;border-radius:999px;background:#eef2f6}
.note{font-size:13px;color:#8a5a00;margin:0 0 8px}
a{color:#0b5cad}`;

/** A self-contained HTML page: every value is escaped, links open the full card in a new tab. */
export function renderEmbedHtml(card: PublishedCard, baseUrl: string): string {
  const fullCard = escapeHtml(baseUrl + cardPath(card.slug));
  const claimant = card.content.claim.claimant
    ? ` <span class="who">— ${escapeHtml(card.content.claim.claimant)}</span>`
    : "";
  const corrected =
    card.number > 1
      ? `<p class="note">Corrected ${escapeHtml(formatDate(card.publishedAt))} (version ${card.number})</p>`
      : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(card.headline)}</title><meta name="robots" content="noindex"><link rel="canonical" href="${fullCard}">
<style>${EMBED_CSS}</style></head>
<body><article class="card">
<p class="kicker">${escapeHtml(card.organizationName)} claim card</p>
<h1>${escapeHtml(card.headline)}</h1>
<p class="claim">${escapeHtml(card.content.claim.text)}${claimant}</p>
<div class="verdicts"><span class="badge">Truth: ${escapeHtml(truthLabel(card.truthVerdict))}</span><span class="badge">Attribution: ${escapeHtml(attributionLabel(card.attributionVerdict))}</span></div>
${corrected}<a href="${fullCard}" target="_blank" rel="noopener">Read the full card, evidence and sources</a>
</article></body></html>`;
}
