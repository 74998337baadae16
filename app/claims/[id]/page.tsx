import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { orNotFound } from "@/lib/http/not-found";
import { getClaimPageView } from "@/lib/services/claim-page-view";
import { ExternalReviews } from "@/components/claimreview/ExternalReviews";
import { ClaimAppearances } from "@/components/claims/ClaimAppearances";
import { ClaimEvidence } from "@/components/claims/ClaimEvidence";
import { ClaimFacts } from "@/components/claims/ClaimFacts";
import { ClaimHeader } from "@/components/claims/ClaimHeader";
import { ClaimRelations } from "@/components/claims/ClaimRelations";
import { ClaimStatements } from "@/components/claims/ClaimStatements";
import { ClaimNumbers } from "@/components/matching/ClaimNumbers";
import { PossibleEvidence } from "@/components/matching/PossibleEvidence";
import { SimilarClaims } from "@/components/matching/SimilarClaims";
import { ClaimTeamPanel, ClaimTeamSections } from "@/components/team/ClaimTeam";
import { loadClaimPanels } from "./_data";

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { principal } = await pageGate("staff:read", `/claims/${id}`);
  const view = await orNotFound(getClaimPageView(principal, id));
  const { page } = view;
  const canWrite = can(principal, "claim:write");
  const canWriteEvidence = can(principal, "evidence:write");
  const panels = await loadClaimPanels(principal, view);
  const { claim } = page;
  return (
    <div className="stack">
      <ClaimHeader claim={claim} needsReview={page.needsReview} canEdit={canWrite} />
      <div className="grid-2">
        <div className="stack">
          <ClaimEvidence evidence={page.evidence} canWrite={canWriteEvidence} />
          <ClaimStatements statementsByActor={page.statementsByActor} />
          <ClaimNumbers numbers={view.numbers} />
          <PossibleEvidence matches={view.possibleEvidence} canWrite={canWriteEvidence} />
          <ClaimRelations claimId={claim.id} relations={page.relations} canWrite={canWrite} />
          <SimilarClaims claimId={claim.id} similarClaims={view.similarClaims} canWrite={canWrite} />
          <ClaimTeamSections
            claimId={claim.id}
            timeline={panels.timeline}
            thread={panels.comments}
            evidenceThreads={panels.evidenceComments}
            members={panels.mentionable}
          />
        </div>
        <aside className="panel">
          <ClaimTeamPanel
            principal={principal}
            claimId={claim.id}
            assignment={panels.assignment}
            members={panels.members}
          />
          <ClaimFacts claim={claim} />
          <ClaimAppearances claimId={claim.id} appearances={page.appearances} canWrite={canWrite} />
          <ExternalReviews reviews={view.externalReviews} />
        </aside>
      </div>
    </div>
  );
}
