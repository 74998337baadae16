// What the claim page shows besides the claim itself, fetched in parallel and the team only once
// (ADR 0018: pages fetch, components render).
import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { claimTimeline } from "@/lib/services/activity";
import { getAssignment, teamMembers } from "@/lib/services/assignments";
import { listExternalReviews } from "@/lib/services/claimreview-import";
import { listPossibleEvidence } from "@/lib/services/claim-matches";
import { claimNumbers } from "@/lib/services/claim-numbers";
import { listComments, listEvidenceComments } from "@/lib/services/comments";
import { similarToClaim } from "@/lib/services/similar-claims";

/** `claim` and `relatedIds` come from the page's own read of the claim (getClaimPage). */
export async function loadClaimPanels(principal: Principal, claim: { id: string; text: string }, relatedIds: string[]) {
  const claimId = claim.id;
  const [
    numbers,
    possibleEvidence,
    similarClaims,
    assignment,
    members,
    timeline,
    comments,
    evidenceComments,
    externalReviews,
  ] = await Promise.all([
    claimNumbers(principal, claimId),
    listPossibleEvidence(principal, claimId),
    similarToClaim(principal, claim, relatedIds),
    getAssignment(principal, claimId),
    teamMembers(principal),
    claimTimeline(principal, claimId),
    listComments(principal, { targetType: "claim", targetId: claimId }),
    listEvidenceComments(principal, claimId),
    listExternalReviews(principal, claimId),
  ]);
  const mentionable = members.map(({ id, name, email }) => ({ id, name, email }));
  return {
    numbers,
    possibleEvidence,
    similarClaims,
    assignment,
    members,
    mentionable,
    timeline,
    comments,
    evidenceComments,
    externalReviews,
  };
}
