/**
 * Says before saving what an edit of the reviewed fields will do (the rule: lib/services/workflow.ts; the page
 * passes its outcome for this claim's status: `locked` while published, `toDraft` while in review).
 */
export function ReviewedFieldsNotice({
  locked,
  toDraft,
  reviewCount,
}: {
  locked: boolean;
  toDraft: boolean;
  reviewCount: number;
}) {
  if (locked)
    return (
      <p className="alert warn" role="note" data-testid="reviewed-fields-notice">
        This claim is published, so its text, kind and claimant are locked: the card carries a verdict on exactly these
        words. You can still change the summary and tags. To change the claim itself, an editor archives it and restores
        it to draft; it then needs new reviews.
      </p>
    );
  if (toDraft || reviewCount > 0)
    return (
      <p className="alert warn" role="note" data-testid="reviewed-fields-notice">
        Changing the text, kind or claimant
        {toDraft ? " sends this claim back to draft and" : ""} marks{" "}
        {reviewCount === 1 ? "its review" : `its ${reviewCount} reviews`} as stale: they stay on record but no longer
        count towards publishing, and reviewers must review the new wording. The summary and tags can change freely.
      </p>
    );
  return null;
}
