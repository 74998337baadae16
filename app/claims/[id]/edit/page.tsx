import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/http/not-found";
import { getClaim } from "@/lib/services/claims";
import { CORRECTABLE_STATUSES, REVIEWABLE_STATUSES } from "@/lib/services/workflow";
import { ClaimEditForm } from "@/components/claims/ClaimEditForm";
import { ClaimStaffNav } from "@/components/review/ClaimStaffNav";
import { ReviewedFieldsNotice } from "@/components/review/ReviewedFieldsNotice";
import { AccessDenied } from "@/components/ui/AccessDenied";

export const metadata: Metadata = { title: "Edit claim" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditClaimPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { saved } = await searchParams;
  const { principal, denied } = await pageGate("claim:write", `/claims/${id}/edit`);
  if (denied) return <AccessDenied message="Only analysts, editors and admins edit claims." />;
  const claim = await orNotFound(getClaim(principal, id));
  return (
    <div className="stack" style={{ maxWidth: 820 }}>
      <ClaimStaffNav claimId={id} current="/edit" canEdit />
      <h1>Edit claim</h1>
      {saved && Number(saved) === claim.version && (
        <div className="alert ok" role="status">
          Saved as version {saved}.
        </div>
      )}
      <ReviewedFieldsNotice
        locked={CORRECTABLE_STATUSES.includes(claim.status)}
        toDraft={REVIEWABLE_STATUSES.includes(claim.status)}
        reviewCount={claim._count.reviews}
      />
      {/* Keyed by version so a save (or a reload after someone else's) starts from the stored claim. */}
      <ClaimEditForm
        key={claim.version}
        claimId={id}
        version={claim.version}
        initial={{ text: claim.text, kind: claim.kind, summary: claim.summary ?? "" }}
      />
    </div>
  );
}
