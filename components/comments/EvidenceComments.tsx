import type { claimPageThreads } from "@/lib/services/comments";
import { CommentThreadView } from "./CommentThread";
import type { MentionMember } from "./MentionTextarea";

export type EvidenceThreads = Awaited<ReturnType<typeof claimPageThreads>>["evidenceThreads"];

/** Discussion of each evidence item of a claim (the page fetches them in one go); threads with comments start open. */
export function EvidenceComments({ threads, members }: { threads: EvidenceThreads; members: MentionMember[] }) {
  if (!threads.length) return null;
  return (
    <section className="panel stack-tight" aria-labelledby="evidence-comments-heading">
      <h2 id="evidence-comments-heading" style={{ marginTop: 0 }}>
        Comments on evidence
      </h2>
      {threads.map(({ evidence, ...thread }) => (
        <details key={evidence.id} open={thread.comments.length > 0 || thread.hiddenUntilYouReview > 0}>
          <summary>
            “{evidence.excerpt}” ({thread.comments.filter((c) => !c.deletedAt).length})
          </summary>
          <CommentThreadView
            targetType="evidence"
            targetId={evidence.id}
            title="Comments"
            thread={thread}
            members={members}
            headingLevel="h3"
            formLabel={`Comment on “${evidence.excerpt}”`}
          />
        </details>
      ))}
    </section>
  );
}
