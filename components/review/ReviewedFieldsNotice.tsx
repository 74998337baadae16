import { CORRECTABLE_STATUSES, REVIEWABLE_STATUSES } from "@/lib/services/workflow";
import type { ClaimStatus } from "@/lib/validation/claims";

/** Says before saving what an edit of the reviewed fields will do (the rule: lib/services/workflow.ts). */
export function ReviewedFieldsNotice({ status, reviewCount }: { status: string; reviewCount: number }) {
  if (CORRECTABLE_STATUSES.includes(status as ClaimStatus))
    return (
      <p className="alert warn" role="note" data-testid="reviewed-fields-notice">
        This claim is published, so its text, kind and claimant are locked: the card carries a verdict on exactly these
        words. You can still change the summary and tags. To change the claim itself, an editor archives it and restores
        it to draft; it then needs new reviews.
      </p>
    );
  if (REVIEWABLE_STATUSES.includes(status as ClaimStatus) || reviewCount > 0)
    return (
      <p className="alert warn" role="note" data-testid="reviewed-fields-notice">
        Changing the text, kind or claimant
        {REVIEWABLE_STATUSES.includes(status as ClaimStatus) ? " sends this claim back to draft and" : ""} marks{" "}
        {reviewCount === 1 ? "its review" : `its ${reviewCount} reviews`} as stale: they stay on record but no longer
        count towards publishing, and reviewers must review the new wording. The summary and tags can change freely.
      </p>
    );
  return null;
}
