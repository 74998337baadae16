import type { claimPageThreads } from "@/lib/services/comments";
import { DetailsWhenOpened } from "@/components/ui/DetailsWhenOpened";
import { CommentThreadView } from "./CommentThread";
import type { MentionMember } from "./MentionTextarea";

export type EvidenceThreads = Awaited<ReturnType<typeof claimPageThreads>>["evidenceThreads"];

/**
 * Discussion of each evidence item of a claim (the page fetches them in one go); threads with comments
 * start open, the others render their comment box only when opened.
 */
export function EvidenceComments({ threads, members }: { threads: EvidenceThreads; members: MentionMember[] }) {
  if (!threads.length) return null;
  return (
    <section className="panel stack-tight" aria-labelledby="evidence-comments-heading">
      <h2 id="evidence-comments-heading" style={{ marginTop: 0 }}>
        Comments on evidence
      </h2>
      {threads.map(({ evidence, ...thread }) => (
        <DetailsWhenOpened
          key={evidence.id}
          defaultOpen={thread.comments.length > 0 || thread.hiddenUntilYouReview > 0}
          summary={`“${evidence.excerpt}” (${thread.comments.filter((c) => !c.deletedAt).length})`}
        >
          <CommentThreadView
            targetType="evidence"
            targetId={evidence.id}
            title="Comments"
            thread={thread}
            members={members}
            headingLevel="h3"
            formLabel={`Comment on “${evidence.excerpt}”`}
          />
        </DetailsWhenOpened>
      ))}
    </section>
  );
}
