// What the claim page mounts for team work: the assignment box, comments and the timeline.
import { can, type Principal } from "@/lib/auth/principal";
import type { ActivityItem } from "@/lib/services/activity";
import type { getAssignment, teamMembers } from "@/lib/services/assignments";
import { Timeline } from "@/components/activity/Timeline";
import { CommentThread, type Thread } from "@/components/comments/CommentThread";
import { EvidenceComments, type EvidenceThreads } from "@/components/comments/EvidenceComments";
import type { MentionMember } from "@/components/comments/MentionTextarea";
import { AssignmentPanel } from "./AssignmentPanel";

type Assignment = Awaited<ReturnType<typeof getAssignment>>;
type Member = Awaited<ReturnType<typeof teamMembers>>[number];

export function ClaimTeamPanel({
  principal,
  claimId,
  assignment,
  members,
}: {
  principal: Principal;
  claimId: string;
  assignment: Assignment;
  members: Member[];
}) {
  const canAssign = can(principal, "card:publish");
  return (
    <AssignmentPanel
      claimId={claimId}
      assignee={assignment.assignee}
      reviewers={assignment.reviewers}
      dueAt={assignment.dueAt?.toISOString() ?? null}
      following={assignment.following}
      canAssign={canAssign}
      canTake={can(principal, "claim:write")}
      members={canAssign ? members : []}
    />
  );
}

export function ClaimTeamSections({
  claimId,
  timeline: items,
  thread,
  evidenceThreads,
  members,
}: {
  claimId: string;
  timeline: ActivityItem[];
  thread: Thread;
  evidenceThreads: EvidenceThreads;
  /** Who a comment can @mention. */
  members: MentionMember[];
}) {
  return (
    <>
      <CommentThread targetType="claim" targetId={claimId} thread={thread} members={members} />
      <EvidenceComments threads={evidenceThreads} members={members} />
      <details className="panel">
        <summary>
          <h2 style={{ display: "inline", margin: 0 }}>Activity ({items.length})</h2>
        </summary>
        <Timeline items={items} />
      </details>
    </>
  );
}
