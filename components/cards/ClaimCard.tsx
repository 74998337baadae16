import type { CardContent } from "@/lib/services/cards";
import { formatDate } from "@/lib/format";
import { VerdictBadges } from "./VerdictBadges";

type Props = { card: { headline: string; number: number; publishedAt: Date; correctionNote: string | null; content: CardContent; history: { number: number; publishedAt: Date; correctionNote: string | null }[] } };

const safeHref = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : undefined);

export function ClaimCard({ card }: Props) {
  const { content } = card;
  return (
    <article className="panel stack" style={{ maxWidth: 820 }}>
      <p className="small muted" style={{ margin: 0 }}>Claim card · version {card.number} · {formatDate(card.publishedAt)}</p>
      <h1>{card.headline}</h1>
      <p className="quote" style={{ fontSize: 18 }}>{content.claim.text}{content.claim.claimant ? <span className="muted"> — claimed by {content.claim.claimant}</span> : null}</p>
      <VerdictBadges truth={content.truthVerdict} attribution={content.attributionVerdict} />
      <section>
        <h2>Why</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{content.rationale}</p>
      </section>
      <section>
        <h2>Key evidence</h2>
        {content.evidence.map((e, i) => (
          <div key={i} style={{ marginBottom: 12 }}>
            <blockquote className={`quote stance-${e.stance}`}>{e.quote}</blockquote>
            <div className="small muted">
              {e.stance} · {safeHref(e.url) ? <a href={safeHref(e.url)} rel="noopener noreferrer nofollow">{e.sourceTitle}</a> : e.sourceTitle}
              {e.publisher ? `, ${e.publisher}` : ""}{e.publishedAt ? `, ${formatDate(e.publishedAt)}` : ""}
            </div>
          </div>
        ))}
      </section>
      {card.history.length > 1 && (
        <section>
          <h2>Corrections</h2>
          <ul>{card.history.filter((h) => h.correctionNote).map((h) => <li key={h.number}>Version {h.number}, {formatDate(h.publishedAt)}: {h.correctionNote}</li>)}</ul>
        </section>
      )}
    </article>
  );
}
