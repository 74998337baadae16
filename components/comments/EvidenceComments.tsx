import type { claimPageThreads } from "@/lib/services/comments";
import { DetailsWhenOpened } from "@/components/ui/DetailsWhenOpened";
import { CommentThreadView } from "./CommentThread";
import { EmptyEvidenceThread } from "./EmptyEvidenceThread";
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
      {threads.map(({ evidence, ...thread }) => {
        const empty = thread.comments.length === 0 && thread.hiddenUntilYouReview === 0;
        return (
          <DetailsWhenOpened
            key={evidence.id}
            defaultOpen={!empty}
            summary={`“${evidence.excerpt}” (${thread.comments.filter((c) => !c.deletedAt).length})`}
          >
            {empty ? (
              <EmptyEvidenceThread evidenceId={evidence.id} excerpt={evidence.excerpt} members={members} />
            ) : (
              <CommentThreadView
                targetType="evidence"
                targetId={evidence.id}
                title="Comments"
                thread={thread}
                members={members}
                headingLevel="h3"
                formLabel={`Comment on “${evidence.excerpt}”`}
              />
            )}
          </DetailsWhenOpened>
        );
      })}
    </section>
  );
}
