import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";

type Claim = { text: string; status: string; version: number; claimant: { name: string } | null };

/** The claim under review: its words, version, claimant and status. */
export function ReviewClaimHeader({ claim }: { claim: Claim }) {
  return (
    <div className="panel">
      <p className="small muted" style={{ margin: 0 }}>
        Version {claim.version}
        {claim.claimant ? ` · claimed by ${claim.claimant.name}` : ""}
      </p>
      <h1 data-testid="claim-text">{claim.text}</h1>
      <ClaimStatusBadge status={claim.status} />
    </div>
  );
}
