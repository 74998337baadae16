import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/http/not-found";
import { getClaimDispute } from "@/lib/services/dispute";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { DisputeSide } from "@/components/claims/DisputeSide";
import { Badge } from "@/components/ui/Badge";

export const metadata: Metadata = { title: "Dispute" };

export default async function DisputePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { principal } = await pageGate("staff:read", `/claims/${id}/dispute`);
  const dispute = await orNotFound(getClaimDispute(principal, id));
  const { claim, counts } = dispute;
  return (
    <div className="stack">
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
        <p className="small muted" data-testid="stance-counts">
          {counts.supports} supporting · {counts.contradicts} contradicting · {counts.context} context
        </p>
      </div>
      <div className="dispute-columns">
        <DisputeSide side={dispute.asserts} title="Who asserts it" empty="No supporting evidence yet." />
        <DisputeSide side={dispute.denies} title="Who denies it" empty="No contradicting evidence yet." />
      </div>
      {dispute.context.length > 0 && (
        <section className="panel" aria-labelledby="context-heading">
          <h2 id="context-heading" style={{ marginTop: 0 }}>
            Context ({counts.context})
          </h2>
          <ul className="plain-list">
            {dispute.context.map((item) => (
              <li key={item.evidence.id} className="dispute-item">
                <blockquote className="quote">{item.evidence.exact}</blockquote>
                <span className="small muted">{item.chain.map((l) => l.label).join(" → ")}</span>{" "}
                {item.weaknesses.map((w) => (
                  <Badge key={w.label} kind="weak">
                    {w.label}
                  </Badge>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
