import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { formatDate } from "@/lib/format";
import { myWork } from "@/lib/services/assignments";
import { DUE_LABELS, type DueState } from "@/lib/team/due";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";

export const metadata: Metadata = { title: "My work" };

type Row = { id: string; text: string; status: string; dueAt: Date | null; due: DueState };

function WorkTable({ rows, link, label }: { rows: Row[]; link: (id: string) => string; label: string }) {
  return (
    <table className="list" aria-label={label}>
      <thead>
        <tr>
          <th>Claim</th>
          <th>Status</th>
          <th>Due</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="work-row">
            <td>
              <Link href={link(r.id)}>{r.text}</Link>
            </td>
            <td>
              <ClaimStatusBadge status={r.status} />
            </td>
            <td className="small">
              {r.dueAt ? formatDate(r.dueAt) : "—"}{" "}
              {r.due === "overdue" || r.due === "due_soon" ? (
                <Badge kind={r.due === "overdue" ? "needs-review" : "weak"}>{DUE_LABELS[r.due]}</Badge>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function MyWorkPage() {
  const { principal } = await pageGate("staff:read", "/my-work");
  const { assigned, reviews } = await myWork(principal);
  return (
    <div className="stack">
      <div className="page-head">
        <h1>My work</h1>
        <nav className="row-actions" aria-label="Team">
          <Link href="/inbox">Inbox</Link>
          {can(principal, "card:publish") && <Link href="/activity">Desk activity</Link>}
          {can(principal, "settings:manage") && <Link href="/admin/webhooks">Webhooks</Link>}
        </nav>
      </div>
      <section aria-labelledby="assigned-heading">
        <h2 id="assigned-heading">Assigned to me ({assigned.length})</h2>
        {assigned.length ? (
          <WorkTable rows={assigned} link={(id) => `/claims/${id}`} label="Assigned to me" />
        ) : (
          <EmptyState title="No claims assigned to you">
            <p>
              Editors assign claims; you can also take an unassigned one from its page in{" "}
              <Link href="/claims">Claims</Link>.
            </p>
          </EmptyState>
        )}
      </section>
      <section aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">Reviews requested from me ({reviews.length})</h2>
        {reviews.length ? (
          <WorkTable rows={reviews} link={(id) => `/claims/${id}/review`} label="Reviews requested from me" />
        ) : (
          <EmptyState title="No reviews waiting for you">
            <p>Requests appear here once the claim is in review.</p>
          </EmptyState>
        )}
      </section>
    </div>
  );
}
