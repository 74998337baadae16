import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/http/not-found";
import { getClaimDispute } from "@/lib/services/dispute";
import { DisputeContext } from "@/components/claims/DisputeContext";
import { DisputeHeader } from "@/components/claims/DisputeHeader";
import { DisputeColumns } from "@/components/claims/DisputeSide";

export const metadata: Metadata = { title: "Dispute" };

export default async function DisputePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { principal } = await pageGate("staff:read", `/claims/${id}/dispute`);
  const dispute = await orNotFound(getClaimDispute(principal, id));
  return (
    <div className="stack">
      <DisputeHeader claim={dispute.claim} counts={dispute.counts} />
      <DisputeColumns dispute={dispute} />
      <DisputeContext items={dispute.context} level={2} className="panel" />
    </div>
  );
}
