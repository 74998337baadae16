import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { reviewQueueWithAssignments, teamMembers } from "@/lib/services/assignments";
import { formatDate } from "@/lib/format";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { QueueFilters } from "@/components/team/QueueFilters";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<{ assignee?: string; due?: string }>;
}) {
  const { principal } = await pageGate("staff:read", "/review");
  const filter = await searchParams;
  const [claims, members] = await Promise.all([reviewQueueWithAssignments(principal, filter), teamMembers(principal)]);
  const reviews = can(principal, "review:write");
  return (
    <div>
      <h1>Review queue</h1>
      <QueueFilters members={members} filter={filter} />
      {claims.length === 0 ? (
        <EmptyState title="Nothing waiting for review">
          <p>Claims appear here when an analyst submits them.</p>
        </EmptyState>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>Claim</th>
              <th>Status</th>
              <th>Reviews</th>
              <th>Assignee</th>
              <th>Due</th>
              {reviews && <th>You</th>}
              <th>Waiting since</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((c) => (
              <tr key={c.id} data-testid="queue-row">
                <td>
                  <Link href={`/claims/${c.id}/review`}>{c.text}</Link>
                </td>
                <td>
                  <ClaimStatusBadge status={c.status} />
                </td>
                <td>{c._count.reviews}</td>
                <td>{c.assignee?.name ?? "—"}</td>
                <td className="small">
                  {c.dueAt ? formatDate(c.dueAt) : "—"}
                  {c.due === "overdue" && <Badge kind="needs-review">Overdue</Badge>}
                </td>
                {reviews && (
                  <td>
                    {c.reviewedByMe ? (
                      <Badge kind="status-published">Reviewed</Badge>
                    ) : (
                      <Badge kind="status-in_review">To review</Badge>
                    )}
                  </td>
                )}
                <td className="small">{formatDate(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
