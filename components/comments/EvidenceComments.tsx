import type { Principal } from "@/lib/auth/principal";
import { teamMembers } from "@/lib/services/assignments";
import { listEvidenceComments } from "@/lib/services/comments";
import { CommentThreadView } from "./CommentThread";

/** Discussion of each evidence item of a claim, fetched in one go; threads with comments start open. */
export async function EvidenceComments({ principal, claimId }: { principal: Principal; claimId: string }) {
  const [threads, members] = await Promise.all([listEvidenceComments(principal, claimId), teamMembers(principal)]);
  if (!threads.length) return null;
  const mentionable = members.map(({ id, name, email }) => ({ id, name, email }));
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
            members={mentionable}
            headingLevel="h3"
            formLabel={`Comment on “${evidence.excerpt}”`}
          />
        </details>
      ))}
    </section>
  );
}
