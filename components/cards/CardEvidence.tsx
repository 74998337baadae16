import type { CardChainLink, CardEvidence as Evidence } from "@/lib/cards/types";
import { safeHref } from "@/lib/cards/urls";
import { formatDate } from "@/lib/format";
import { STANCE_LABELS, type Stance } from "@/lib/validation/evidence";
import { Badge } from "@/components/ui/Badge";
import styles from "./ClaimCard.module.css";

const ROLE_WORDS: Record<CardChainLink["role"], string> = {
  speaker: "said by",
  via: "via",
  source: "reported in",
  publisher: "published by",
};

/** speaker -> via -> source -> publisher for one evidence item, with what weakens it. */
function EvidenceChain({ chain, weaknesses }: { chain: CardChainLink[]; weaknesses: string[] }) {
  return (
    <div className="small" data-testid="card-evidence-chain">
      <ol className={styles.chain} aria-label="Chain of attribution, from speaker to publisher">
        {chain.map((link, i) => (
          <li key={i}>
            <span className="muted">{ROLE_WORDS[link.role]}</span>{" "}
            {link.role === "speaker" ? <strong>{link.label}</strong> : link.label}
          </li>
        ))}
      </ol>
      {weaknesses.length > 0 && (
        <p className="muted" style={{ margin: "2px 0 0" }}>
          {weaknesses.map((w) => (
            <Badge key={w} kind="weak">
              {w}
            </Badge>
          ))}
        </p>
      )}
    </div>
  );
}

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
          {e.chain && e.chain.some((l) => l.role === "speaker") && (
            <EvidenceChain chain={e.chain} weaknesses={e.weaknesses ?? []} />
          )}
          {e.publicNote && (
            <p className="small" style={{ margin: "4px 0 0" }} data-testid="card-evidence-note">
              {e.publicNote}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
