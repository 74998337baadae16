import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { orNotFound } from "@/lib/http/not-found";
import { claimAuditLog } from "@/lib/services/audit-log";
import { AuditEventList } from "@/components/review/AuditEventList";
import { ClaimStaffNav } from "@/components/review/ClaimStaffNav";
import { AccessDenied } from "@/components/ui/AccessDenied";

export const metadata: Metadata = { title: "Claim history" };

export default async function ClaimHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { principal, denied } = await pageGate("staff:read", `/claims/${id}/history`);
  if (denied) return <AccessDenied />;
  const { claim, events } = await orNotFound(claimAuditLog(principal, id));
  return (
    <div className="stack" style={{ maxWidth: 960 }}>
      <ClaimStaffNav claimId={id} current="/history" canEdit={can(principal, "claim:write")} />
      <h1>History: {claim.text}</h1>
      <p className="muted small">
        Every change to this claim, its evidence, statements, reviews and card, oldest first.
      </p>
      <AuditEventList events={events} />
    </div>
  );
}
