import Link from "next/link";
import type { Dispute } from "@/lib/dispute/types";
import { ClaimStatusBadge } from "./ClaimStatusBadge";
import { StanceCounts } from "./DisputeSide";

type Claim = { id: string; text: string; status: string; claimant: { id: string; name: string } | null };

/** The head of the dispute view: the claim, its status and claimant, and how much evidence each stance has. */
export function DisputeHeader({ claim, counts }: { claim: Claim; counts: Dispute["counts"] }) {
  return (
    <div className="panel">
      <p className="small muted" style={{ margin: 0 }}>
        <Link href={`/claims/${claim.id}`}>← Back to the claim</Link>
      </p>
      <h1>Dispute: {claim.text}</h1>
      <div className="row-actions">
        <ClaimStatusBadge status={claim.status} />
        {claim.claimant && (
          <span className="small">
            Claimant: <Link href={`/actors/${claim.claimant.id}`}>{claim.claimant.name}</Link>
          </span>
        )}
      </div>
      <StanceCounts counts={counts} testId="stance-counts" />
    </div>
  );
}
