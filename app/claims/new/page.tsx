import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { listActors } from "@/lib/services/actors";
import { ClaimForm } from "@/components/claims/ClaimForm";
import { ClaimReviewImportForm } from "@/components/claimreview/ClaimReviewImportForm";
import { AccessDenied } from "@/components/ui/AccessDenied";

export const metadata: Metadata = { title: "New claim" };

export default async function NewClaimPage() {
  const { principal, denied } = await pageGate("claim:write", "/claims/new");
  if (denied) return <AccessDenied message="Only analysts and editors create claims." />;
  const actors = await listActors(principal, { limit: 100 });
  return (
    <>
      <div className="panel" style={{ maxWidth: 860 }}>
        <h1>New claim</h1>
        <p className="small muted">
          Already checked elsewhere? <a href="#import-fact-check">Import a published fact-check</a> instead.
        </p>
        <ClaimForm actors={actors.items.map((a) => ({ id: a.id, name: a.name }))} />
      </div>
      <div className="panel" style={{ maxWidth: 860 }}>
        <ClaimReviewImportForm />
      </div>
    </>
  );
}
