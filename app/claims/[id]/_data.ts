// What the claim page shows for the person reading it, besides the shared view of the claim
// (getClaimPageView, kept per claim: ADR 0030), fetched in parallel and the team only once
// (ADR 0018: pages fetch, components render).
import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { claimTimeline } from "@/lib/services/activity";
import { getAssignment, teamMembers } from "@/lib/services/assignments";
import type { ClaimPageView } from "@/lib/services/claim-page-view";
import { claimPageThreads } from "@/lib/services/comments";

/** `view` is the page's shared read of the claim: the evidence threads take its evidence. */
export async function loadClaimPanels(principal: Principal, view: ClaimPageView) {
  const claimId = view.page.claim.id;
  const [assignment, members, timeline, threads] = await Promise.all([
    getAssignment(principal, claimId),
    teamMembers(principal),
    claimTimeline(principal, claimId),
    claimPageThreads(principal, claimId, view.page.evidence),
  ]);
  const mentionable = members.map(({ id, name, email }) => ({ id, name, email }));
  return {
    assignment,
    members,
    mentionable,
    timeline,
    comments: threads.thread,
    evidenceComments: threads.evidenceThreads,
  };
}
