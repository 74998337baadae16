// What the claim page mounts for team work: the assignment box, comments and the timeline.
import { can, type Principal } from "@/lib/auth/principal";
import { claimTimeline } from "@/lib/services/activity";
import { getAssignment, teamMembers } from "@/lib/services/assignments";
import { Timeline } from "@/components/activity/Timeline";
import { CommentThread } from "@/components/comments/CommentThread";
import { EvidenceComments } from "@/components/comments/EvidenceComments";
import { AssignmentPanel } from "./AssignmentPanel";

export async function ClaimTeamPanel({ principal, claimId }: { principal: Principal; claimId: string }) {
  const canAssign = can(principal, "card:publish");
  const [assignment, members] = await Promise.all([
    getAssignment(principal, claimId),
    canAssign ? teamMembers(principal) : Promise.resolve([]),
  ]);
  return (
    <AssignmentPanel
      claimId={claimId}
      assignee={assignment.assignee}
      reviewers={assignment.reviewers}
      dueAt={assignment.dueAt?.toISOString() ?? null}
      following={assignment.following}
      canAssign={canAssign}
      canTake={can(principal, "claim:write")}
      members={members}
    />
  );
}

export async function ClaimTeamSections({ principal, claimId }: { principal: Principal; claimId: string }) {
  const items = await claimTimeline(principal, claimId);
  return (
    <>
      <CommentThread principal={principal} targetType="claim" targetId={claimId} />
      <EvidenceComments principal={principal} claimId={claimId} />
      <details className="panel">
        <summary>
          <h2 style={{ display: "inline", margin: 0 }}>Activity ({items.length})</h2>
        </summary>
        <Timeline items={items} />
      </details>
    </>
  );
}
