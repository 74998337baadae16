import type { AttributionChain } from "@/lib/cards/types";
import { safeHref } from "@/lib/cards/urls";
import { formatDate } from "@/lib/format";
import styles from "./ClaimCard.module.css";

/** speaker -> via -> source, one line per recorded statement. */
export function AttributionChains({ chains }: { chains: AttributionChain[] }) {
  return (
    <ul style={{ paddingLeft: 18 }}>
      {chains.map((c, i) => (
        <li key={i} className={styles.chainItem} data-testid="attribution-chain">
          <ol className={styles.chain} aria-label="Chain of attribution, from speaker to source">
            <li>
              <strong>{c.speaker}</strong>
              {c.anonymous ? " (anonymous)" : ""}
              {c.cue ? ` ${c.cue}` : ""}
            </li>
            {c.via.map((v) => (
              <li key={v}>via {v}</li>
            ))}
            <li>
              reported in{" "}
              {safeHref(c.source.url) ? (
                <a href={safeHref(c.source.url)} rel="noopener noreferrer nofollow">
                  {c.source.title}
                </a>
              ) : (
                c.source.title
              )}
              {c.source.publisher ? `, ${c.source.publisher}` : ""}
              {c.source.publishedAt ? `, ${formatDate(c.source.publishedAt)}` : ""}
            </li>
          </ol>
          <p className="small muted" style={{ margin: "2px 0 8px" }}>
            “{c.quote}” ({c.kind === "direct" ? "direct quote" : "paraphrase"}
            {c.hedges?.length ? `; hedged: ${c.hedges.join(", ")}` : ""})
          </p>
        </li>
      ))}
    </ul>
  );
}
