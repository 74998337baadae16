// What the claim page shows besides the claim itself, fetched in parallel and the team only once
// (ADR 0018: pages fetch, components render).
import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { claimTimeline } from "@/lib/services/activity";
import { getAssignment, teamMembers } from "@/lib/services/assignments";
import { listExternalReviews } from "@/lib/services/claimreview-import";
import { listPossibleEvidence } from "@/lib/services/claim-matches";
import { claimNumbersOf } from "@/lib/services/claim-numbers";
import { claimPageThreads } from "@/lib/services/comments";
import type { getClaimPage } from "@/lib/services/claim-page";
import { similarToClaim } from "@/lib/services/similar-claims";

/**
 * `page` is the page's own read of the claim (getClaimPage): the panels take the claim, its evidence,
 * appearances and related claims from it instead of reading them again.
 */
export async function loadClaimPanels(principal: Principal, page: Awaited<ReturnType<typeof getClaimPage>>) {
  const { claim } = page;
  const claimId = claim.id;
  const [numbers, possibleEvidence, similarClaims, assignment, members, timeline, threads, externalReviews] =
    await Promise.all([
      claimNumbersOf(principal, { text: claim.text, evidence: page.evidence, appearances: page.appearances }),
      listPossibleEvidence(principal, claimId),
      similarToClaim(
        principal,
        claim,
        page.relations.map((r) => r.claim.id),
      ),
      getAssignment(principal, claimId),
      teamMembers(principal),
      claimTimeline(principal, claimId),
      claimPageThreads(principal, claimId, page.evidence),
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
    comments: threads.thread,
    evidenceComments: threads.evidenceThreads,
    externalReviews,
  };
}
