import type { CardEvidence as Evidence } from "@/lib/cards/types";
import { safeHref } from "@/lib/cards/urls";
import { formatDate } from "@/lib/format";
import { STANCE_LABELS, type Stance } from "@/lib/validation/evidence";
import { Badge } from "@/components/ui/Badge";
import styles from "./ClaimCard.module.css";

export function CardEvidence({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return <p className="muted">No evidence was recorded for this version.</p>;
  return (
    <div>
      {evidence.map((e, i) => (
        <div key={i} className={styles.evidence} data-testid="card-evidence">
          <blockquote className={`quote stance-${e.stance}`}>{e.quote}</blockquote>
          <div className="small muted">
            <Badge kind={`stance-${e.stance}`}>{STANCE_LABELS[e.stance as Stance] ?? e.stance}</Badge>{" "}
            {safeHref(e.url) ? (
              <a href={safeHref(e.url)} rel="noopener noreferrer nofollow">
                {e.sourceTitle}
              </a>
            ) : (
              e.sourceTitle
            )}
            {e.publisher ? `, ${e.publisher}` : ""}
            {e.publishedAt ? `, ${formatDate(e.publishedAt)}` : ""}
          </div>
          {e.note && (
            <p className="small" style={{ margin: "4px 0 0" }}>
              {e.note}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
