import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { listClaims } from "@/lib/services/claims";
import { listWithValidFilters } from "@/lib/http/page-filters";
import { CLAIM_KIND_LABELS, CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "@/lib/validation/claims";
import { formatDate } from "@/lib/format";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { ExportLinks } from "@/components/exports/ExportLinks";
import { EmptyState } from "@/components/ui/EmptyState";
import { IgnoredFilters } from "@/components/ui/IgnoredFilters";
import { Pagination } from "@/components/ui/Pagination";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string; status?: string }>;
}) {
  const { principal } = await pageGate("staff:read", "/claims");
  const { cursor, status } = await searchParams;
  const { result: page, ignored } = await listWithValidFilters({ cursor, status }, (f) => listClaims(principal, f));
  return (
    <div>
      <div className="page-head">
        <h1>Claims</h1>
        {can(principal, "claim:write") && (
          <Link className="button" href="/claims/new">
            New claim
          </Link>
        )}
      </div>
      <IgnoredFilters ignored={ignored} />
      <nav className="tabs" aria-label="Filter by status">
        <Link href="/claims" aria-current={!status ? "page" : undefined}>
          All
        </Link>
        {CLAIM_STATUSES.map((s) => (
          <Link key={s} href={`/claims?status=${s}`} aria-current={status === s ? "page" : undefined}>
            {CLAIM_STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>
      {page.items.length === 0 ? (
        <EmptyState title={status ? "No claims with this status" : "No claims yet"} />
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>Claim</th>
              <th>Kind</th>
              <th>Claimant</th>
              <th>Status</th>
              <th>Evidence</th>
              <th>Updated</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/claims/${c.id}`}>{c.text}</Link>
                </td>
                <td className="small">{CLAIM_KIND_LABELS[c.kind]}</td>
                <td>{c.claimant?.name ?? <span className="muted">—</span>}</td>
                <td>
                  <ClaimStatusBadge status={c.status} />
                </td>
                <td>{c._count.evidence}</td>
                <td className="small">{formatDate(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination basePath="/claims" query={{ status }} nextCursor={page.nextCursor} isFirstPage={!cursor} />
      <ExportLinks dataset="claims" filter={{ status }} />
      <ExportLinks dataset="evidence" filter={{ status }} annotations />
      <ExportLinks dataset="cards" filter={{ status }} />
      {can(principal, "card:publish") && <ExportLinks dataset="reviews" filter={{ status }} />}
    </div>
  );
}
