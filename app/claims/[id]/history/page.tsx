import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors";
import { claimAuditLog } from "@/lib/services/audit-log";
import { AuditEventList } from "@/components/review/AuditEventList";
import { ClaimStaffNav } from "@/components/review/ClaimStaffNav";
import { AccessDenied } from "@/components/ui/AccessDenied";

export const metadata: Metadata = { title: "Claim history" };

export default async function ClaimHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { principal, denied } = await pageGate("staff:read", `/claims/${id}/history`);
  if (denied) return <AccessDenied />;
  const { claim, events } = await claimAuditLog(principal, id).catch((e) =>
    e instanceof NotFoundError ? notFound() : Promise.reject(e),
  );
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
