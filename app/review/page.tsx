import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { reviewQueue } from "@/lib/services/reviews";
import { formatDate } from "@/lib/format";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage() {
  const { principal } = await pageGate("staff:read", "/review");
  const claims = await reviewQueue(principal);
  const reviews = can(principal, "review:write");
  return (
    <div>
      <h1>Review queue</h1>
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
