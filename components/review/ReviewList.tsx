import { formatDate } from "@/lib/format";
import { CONFIDENCE_LABELS, type Confidence } from "@/lib/validation/reviews";
import type { Disagreement } from "@/lib/verdicts";
import { VerdictBadges } from "@/components/cards/VerdictBadges";
import { EmptyState } from "@/components/ui/EmptyState";

type Review = {
  id: string;
  reviewerId: string;
  truthVerdict: string;
  attributionVerdict: string;
  rationale: string;
  confidence: string;
  updatedAt: Date;
  createdAt: Date;
  reviewer: { name: string };
  stale: boolean;
  changedAfterSeeingOthers: boolean;
  revisions: {
    number: number;
    truthVerdict: string;
    attributionVerdict: string;
    afterSeeingOthers: boolean;
    createdAt: Date;
  }[];
};
type Props = {
  reviews: Review[];
  hiddenCount: number;
  total: number;
  disagreements: Disagreement[];
  currentUserId: string;
  canReview: boolean;
};

export function ReviewList({ reviews, hiddenCount, total, disagreements, currentUserId, canReview }: Props) {
  if (total === 0)
    return (
      <EmptyState title="No reviews yet">
        <p>Reviewers give a verdict on both axes with a rationale.</p>
      </EmptyState>
    );
  return (
    <div className="stack">
      {hiddenCount > 0 && (
        <p className="alert warn" data-testid="blind-notice">
          {hiddenCount === 1 ? "1 review is" : `${hiddenCount} reviews are`} hidden until you submit yours
          {canReview ? "" : " (only reviewers who have reviewed, editors and admins can read them)"}. Reviews are blind
          so that each verdict is independent.
        </p>
      )}
      {disagreements.length > 0 && (
        <div className="alert warn" role="note" aria-label="Disagreement">
          {disagreements.map((d) => (
            <p key={d.axis} style={{ margin: 0 }}>
              <strong>{d.summary}</strong>
            </p>
          ))}
          <p className="small" style={{ margin: "4px 0 0" }}>
            Dissent stays on record; the editor decides the published verdict.
          </p>
        </div>
      )}
      {reviews.map((r) => (
        <article key={r.id} className="panel" data-testid="review" aria-label={`Review by ${r.reviewer.name}`}>
          {r.stale && (
            <p className="alert warn small" data-testid="stale-review">
              Stale: this review judged an earlier text, kind or claimant of the claim. It stays on record but does not
              count towards publishing until{" "}
              {r.reviewerId === currentUserId ? "you revise it" : "its reviewer revises it"}.
            </p>
          )}
          {r.changedAfterSeeingOthers && (
            <p className="alert warn small" data-testid="changed-after-seeing-others">
              Not blind: {r.reviewer.name} changed this verdict after reading the other reviews.
            </p>
          )}
          <p className="small muted" style={{ margin: 0 }}>
            {r.reviewer.name}
            {r.reviewerId === currentUserId ? " (you)" : ""} · confidence{" "}
            {CONFIDENCE_LABELS[r.confidence as Confidence] ?? r.confidence} ·{" "}
            {r.updatedAt.getTime() !== r.createdAt.getTime()
              ? `revised ${formatDate(r.updatedAt)}`
              : formatDate(r.createdAt)}
          </p>
          <VerdictBadges truth={r.truthVerdict} attribution={r.attributionVerdict} />
          <p style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{r.rationale}</p>
          {r.revisions.length > 1 && (
            <details className="small">
              <summary>All versions ({r.revisions.length})</summary>
              <ol>
                {r.revisions.map((v) => (
                  <li key={v.number}>
                    {formatDate(v.createdAt)}:{" "}
                    <VerdictBadges truth={v.truthVerdict} attribution={v.attributionVerdict} />
                    {v.afterSeeingOthers ? " (written after reading the other reviews)" : " (written blind)"}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </article>
      ))}
    </div>
  );
}
