import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/guard";
import { reviewQueue } from "@/lib/services/reviews";
import { formatDate } from "@/lib/format";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { EmptyState } from "@/components/ui/EmptyState";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage() {
  const { principal } = await pageGate("staff:read", "/review");
  const claims = await reviewQueue(principal);
  return (
    <div>
      <h1>Review queue</h1>
      {claims.length === 0 ? (
        <EmptyState title="Nothing waiting for review"><p>Claims appear here when an analyst submits them.</p></EmptyState>
      ) : (
        <table className="list">
          <thead><tr><th>Claim</th><th>Status</th><th>Reviews</th><th>Submitted</th></tr></thead>
          <tbody>
            {claims.map((c) => (
              <tr key={c.id}>
                <td><Link href={`/claims/${c.id}`}>{c.text}</Link></td>
                <td><ClaimStatusBadge status={c.status} /></td>
                <td>{c._count.reviews}</td>
                <td className="small">{formatDate(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
