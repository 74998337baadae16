"use client";
import { CommentThreadView } from "./CommentThread";
import type { MentionMember } from "./MentionTextarea";

const EMPTY = { comments: [], hiddenUntilYouReview: 0 };

/**
 * An evidence item's thread with nothing in it yet: heading, "No comments yet." and the comment box,
 * drawn in the browser when the item is opened. The claim page lists one per evidence item and most are
 * empty; sent as this one element each instead of their rendered tree, the RSC payload is smaller (ADR 0035).
 */
export function EmptyEvidenceThread({
  evidenceId,
  excerpt,
  members,
}: {
  evidenceId: string;
  excerpt: string;
  members: MentionMember[];
}) {
  return (
    <CommentThreadView
      targetType="evidence"
      targetId={evidenceId}
      title="Comments"
      thread={EMPTY}
      members={members}
      headingLevel="h3"
      formLabel={`Comment on “${excerpt}”`}
    />
  );
}
