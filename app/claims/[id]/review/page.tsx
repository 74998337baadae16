import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { orNotFound } from "@/lib/http/not-found";
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
import { agreedVerdicts } from "@/lib/verdicts";
import { ReviewEvidence } from "@/components/claims/ReviewEvidence";
import { CardStatus } from "@/components/review/CardStatus";
import { ClaimStaffNav } from "@/components/review/ClaimStaffNav";
import { CorrectionForm } from "@/components/review/CorrectionForm";
import { PublishChecklist } from "@/components/review/PublishChecklist";
import { PublishForm } from "@/components/review/PublishForm";
import { ReviewForm } from "@/components/review/ReviewForm";
import { ReviewClaimHeader } from "@/components/review/ReviewClaimHeader";
import { ReviewList } from "@/components/review/ReviewList";
import { TransitionButtons } from "@/components/review/TransitionButtons";
import { AccessDenied } from "@/components/ui/AccessDenied";
import { Panel } from "@/components/ui/Panel";

export const metadata: Metadata = { title: "Review claim" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ published?: string }> };

export default async function ClaimReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { published } = await searchParams;
  const { principal, denied } = await pageGate("staff:read", `/claims/${id}/review`);
  if (denied) return <AccessDenied />;
  const claim = await orNotFound(getClaim(principal, id));
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
      <ClaimStaffNav claimId={id} current="/review" canEdit={can(principal, "claim:write")} />
      {card && published === String(card.number) && (
        <div className="alert ok" role="status">
          Published version {card.number}.
        </div>
      )}
      <div className="grid-2">
        <div className="stack">
          <ReviewClaimHeader claim={claim} />
          <ReviewEvidence dispute={dispute} />
          <Panel id="reviews-heading" title={`Reviews (${reviews.total})`}>
            <ReviewList {...reviews} currentUserId={principal.userId} canReview={can(principal, "review:write")} />
          </Panel>
          {mayReview && (
            <Panel id="my-review-heading" title={reviews.mine ? "Revise your review" : "Your review"}>
              {!reviews.mine && (
                <p className="small muted">
                  Give your own verdict first; others' reviews open once you have submitted.
                </p>
              )}
              <ReviewForm claimId={id} mine={reviews.mine} />
            </Panel>
          )}
          {isEditor && PUBLISHABLE_STATUSES.includes(status) && (
            <Panel id="publish-heading" title="Publish the card">
              <PublishForm
                claimId={id}
                version={claim.version}
                defaults={{ headline: card?.headline ?? claim.text, ...agreedVerdicts(reviews.reviews) }}
              />
            </Panel>
          )}
          {isEditor && isPublic && card && (
            <Panel id="correct-heading" title="Issue a correction">
              <CorrectionForm
                claimId={id}
                version={claim.version}
                current={{ number: card.number, headline: card.headline, rationale: card.rationale }}
              />
            </Panel>
          )}
        </div>
        <aside className="stack">
          <Panel id="status-heading" title="Status">
            <TransitionButtons claimId={id} version={claim.version} transitions={transitions} />
          </Panel>
          {!isPublic && (
            <Panel id="gate-heading" title="Before publishing">
              <PublishChecklist items={checklist} />
            </Panel>
          )}
          {card && <CardStatus slug={claim.slug} status={status} isPublic={isPublic} cardNumber={card.number} />}
        </aside>
      </div>
    </div>
  );
}
