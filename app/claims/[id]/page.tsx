import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageGate } from "@/lib/auth/guard";
import { NotFoundError } from "@/lib/errors";
import { getClaim } from "@/lib/services/claims";
import { listEvidence } from "@/lib/services/evidence";
import { CLAIM_KIND_LABELS, type ClaimKind } from "@/lib/validation/claims";
import { STANCES, STANCE_LABELS } from "@/lib/validation/evidence";
import { formatDate } from "@/lib/format";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { EvidenceItem } from "@/components/claims/EvidenceItem";
import { EmptyState } from "@/components/ui/EmptyState";

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { principal } = await pageGate("staff:read", `/claims/${id}`);
  const claim = await getClaim(principal, id).catch((e) => (e instanceof NotFoundError ? notFound() : Promise.reject(e)));
  const evidence = await listEvidence(principal, id);
  return (
    <div className="grid-2">
      <div className="stack">
        <div className="panel">
          <p className="small muted" style={{ margin: 0 }}>{CLAIM_KIND_LABELS[claim.kind as ClaimKind] ?? claim.kind} · version {claim.version}</p>
          <h1 data-testid="claim-text">{claim.text}</h1>
          <ClaimStatusBadge status={claim.status} />
          {claim.summary && <p>{claim.summary}</p>}
        </div>
        <div className="panel">
          <h2 style={{ marginTop: 0 }}>Evidence</h2>
          {evidence.length === 0 ? (
            <EmptyState title="No evidence yet"><p>Select a passage in a source to attach it with a stance.</p></EmptyState>
          ) : (
            STANCES.map((stance) => {
              const items = evidence.filter((e) => e.stance === stance);
              return items.length ? (
                <section key={stance} aria-label={STANCE_LABELS[stance]}>
                  <h3>{STANCE_LABELS[stance]} ({items.length})</h3>
                  {items.map((e) => <EvidenceItem key={e.id} evidence={e} />)}
                </section>
              ) : null;
            })
          )}
        </div>
      </div>
      <aside className="panel">
        <dl className="meta-list">
          <dt>Claimant</dt><dd>{claim.claimant ? <Link href={`/actors/${claim.claimant.id}`}>{claim.claimant.name}</Link> : "—"}</dd>
          <dt>Subjects</dt><dd>{claim.subjects.map((s) => s.actor.name).join(", ") || "—"}</dd>
          <dt>Tags</dt><dd>{claim.tags.map((t) => t.tag.name).join(", ") || "—"}</dd>
          <dt>Reviews</dt><dd>{claim._count.reviews}</dd>
          <dt>Created</dt><dd>{formatDate(claim.createdAt)}</dd>
          <dt>Updated</dt><dd>{formatDate(claim.updatedAt)}</dd>
          <dt>Slug</dt><dd><code>{claim.slug}</code></dd>
        </dl>
      </aside>
    </div>
  );
}
