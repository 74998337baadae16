import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { cardPath } from "@/lib/cards/urls";
import { NotFoundError } from "@/lib/errors";
import { latestCardForClaim, publishReadiness } from "@/lib/services/cards";
import { getClaim } from "@/lib/services/claims";
import { getClaimDispute } from "@/lib/services/dispute";
import { listReviews } from "@/lib/services/reviews";
import {
  availableTransitions,
  CORRECTABLE_STATUSES,
  PUBLISHABLE_STATUSES,
  REVIEWABLE_STATUSES,
} from "@/lib/services/workflow";
import { CLAIM_STATUS_LABELS } from "@/lib/validation/claims";
import { agreedVerdicts } from "@/lib/verdicts";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { ReviewEvidence } from "@/components/claims/ReviewEvidence";
import { ClaimStaffNav } from "@/components/review/ClaimStaffNav";
import { CorrectionForm } from "@/components/review/CorrectionForm";
import { PublishChecklist } from "@/components/review/PublishChecklist";
import { PublishForm } from "@/components/review/PublishForm";
import { ReviewForm } from "@/components/review/ReviewForm";
import { ReviewList } from "@/components/review/ReviewList";
import { TransitionButtons } from "@/components/review/TransitionButtons";
import { AccessDenied } from "@/components/ui/AccessDenied";

export const metadata: Metadata = { title: "Review claim" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ published?: string }> };

export default async function ClaimReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { published } = await searchParams;
  const { principal, denied } = await pageGate("staff:read", `/claims/${id}/review`);
  if (denied) return <AccessDenied />;
  const claim = await getClaim(principal, id).catch((e) =>
    e instanceof NotFoundError ? notFound() : Promise.reject(e),
  );
  const [reviews, checklist, card, dispute] = await Promise.all([
    listReviews(principal, id),
    publishReadiness(principal, id),
    latestCardForClaim(principal, id),
    getClaimDispute(principal, id),
  ]);
  const status = claim.status;
  const transitions = availableTransitions(principal, status, reviews.currentCount);
  const isEditor = can(principal, "card:publish");
  const mayReview = can(principal, "review:write") && REVIEWABLE_STATUSES.includes(status);
  const isPublic = CORRECTABLE_STATUSES.includes(status);

  return (
    <div className="stack">
      <ClaimStaffNav claimId={id} current="/review" />
      {card && published === String(card.number) && (
        <div className="alert ok" role="status">
          Published version {card.number}.
        </div>
      )}
      <div className="grid-2">
        <div className="stack">
          <div className="panel">
            <p className="small muted" style={{ margin: 0 }}>
              Version {claim.version}
              {claim.claimant ? ` · claimed by ${claim.claimant.name}` : ""}
            </p>
            <h1 data-testid="claim-text">{claim.text}</h1>
            <ClaimStatusBadge status={claim.status} />
          </div>
          <ReviewEvidence dispute={dispute} />
          <section className="panel" aria-labelledby="reviews-heading">
            <h2 id="reviews-heading" style={{ marginTop: 0 }}>
              Reviews ({reviews.total})
            </h2>
            <ReviewList {...reviews} currentUserId={principal.userId} canReview={can(principal, "review:write")} />
          </section>
          {mayReview && (
            <section className="panel" aria-labelledby="my-review-heading">
              <h2 id="my-review-heading" style={{ marginTop: 0 }}>
                {reviews.mine ? "Revise your review" : "Your review"}
              </h2>
              {!reviews.mine && (
                <p className="small muted">
                  Give your own verdict first; others' reviews open once you have submitted.
                </p>
              )}
              <ReviewForm claimId={id} mine={reviews.mine} />
            </section>
          )}
          {isEditor && PUBLISHABLE_STATUSES.includes(status) && (
            <section className="panel" aria-labelledby="publish-heading">
              <h2 id="publish-heading" style={{ marginTop: 0 }}>
                Publish the card
              </h2>
              <PublishForm
                claimId={id}
                version={claim.version}
                defaults={{ headline: card?.headline ?? claim.text, ...agreedVerdicts(reviews.reviews) }}
              />
            </section>
          )}
          {isEditor && isPublic && card && (
            <section className="panel" aria-labelledby="correct-heading">
              <h2 id="correct-heading" style={{ marginTop: 0 }}>
                Issue a correction
              </h2>
              <CorrectionForm
                claimId={id}
                version={claim.version}
                current={{ number: card.number, headline: card.headline, rationale: card.rationale }}
              />
            </section>
          )}
        </div>
        <aside className="stack">
          <section className="panel" aria-labelledby="status-heading">
            <h2 id="status-heading" style={{ marginTop: 0 }}>
              Status
            </h2>
            <TransitionButtons claimId={id} version={claim.version} transitions={transitions} />
          </section>
          {!isPublic && (
            <section className="panel" aria-labelledby="gate-heading">
              <h2 id="gate-heading" style={{ marginTop: 0 }}>
                Before publishing
              </h2>
              <PublishChecklist items={checklist} />
            </section>
          )}
          {card && (
            <section className="panel">
              <h2 style={{ marginTop: 0 }}>Card</h2>
              {isPublic ? (
                <p>
                  <Link href={cardPath(claim.slug)}>Public card, version {card.number}</Link>
                </p>
              ) : (
                <p className="small muted">
                  Version {card.number} exists but is not public while the claim is{" "}
                  {CLAIM_STATUS_LABELS[status].toLowerCase()}.
                </p>
              )}
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
