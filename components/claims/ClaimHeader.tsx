import Link from "next/link";
import { CLAIM_KIND_LABELS, type ClaimKind } from "@/lib/validation/claims";
import { Badge } from "@/components/ui/Badge";
import { ClaimStatusBadge } from "./ClaimStatusBadge";
import type { ClaimPageData } from "./claim-page-data";

/** The head of the claim page: kind, version, text, status, how much needs review, and the claim's other pages. */
export function ClaimHeader({
  claim,
  needsReview,
  canEdit,
}: {
  claim: ClaimPageData["claim"];
  needsReview: number;
  /** Staff who may not edit the claim are not offered the Edit page. */
  canEdit: boolean;
}) {
  return (
    <div className="panel claim-head">
      <p className="small muted" style={{ margin: 0 }}>
        {CLAIM_KIND_LABELS[claim.kind as ClaimKind] ?? claim.kind} · version {claim.version}
      </p>
      <h1 data-testid="claim-text">{claim.text}</h1>
      <div className="row-actions">
        <ClaimStatusBadge status={claim.status} />
        {needsReview > 0 && (
          <Badge kind="needs-review">
            {needsReview} evidence item{needsReview === 1 ? "" : "s"} need
            {needsReview === 1 ? "s" : ""} review
          </Badge>
        )}
      </div>
      {claim.summary && <p>{claim.summary}</p>}
      <nav className="claim-links" aria-label="Claim">
        <Link href={`/claims/${claim.id}/dispute`}>Dispute view</Link>
        <Link href={`/claims/${claim.id}/review`}>Review &amp; publish</Link>
        {canEdit && <Link href={`/claims/${claim.id}/edit`}>Edit</Link>}
        <Link href={`/claims/${claim.id}/history`}>History</Link>
      </nav>
    </div>
  );
}
