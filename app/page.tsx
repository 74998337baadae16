import Link from "next/link";
import { redirect } from "next/navigation";
import { currentPrincipal } from "@/lib/auth/current";
import { formatDate } from "@/lib/format";
import { deskOverview } from "@/lib/services/overview";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { EmptyState } from "@/components/ui/EmptyState";
import { DeskChrome } from "./desk-chrome";

export default async function HomePage() {
  const principal = await currentPrincipal();
  if (!principal) redirect("/cards");
  const overview = await deskOverview(principal);
  return (
    <DeskChrome>
      <div className="stack">
        <h1>Desk</h1>
        <div className="stat-row">
          <div className="stat">
            <b>{overview.counts.sources}</b>Sources
          </div>
          <div className="stat">
            <b>{overview.counts.claims}</b>Claims
          </div>
          <div className="stat">
            <b>{overview.counts.inReview}</b>Awaiting review
          </div>
          <div className="stat">
            <b>{overview.counts.published}</b>Published cards
          </div>
        </div>
        <h2>Recently changed claims</h2>
        {overview.recentClaims.length === 0 ? (
          <EmptyState title="No claims yet">
            <p>
              <Link href="/sources/new">Import a source</Link> to start.
            </p>
          </EmptyState>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>Claim</th>
                <th>Status</th>
                <th>Updated</th>
              </tr>
            </thead>
            <tbody>
              {overview.recentClaims.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/claims/${c.id}`}>{c.text}</Link>
                  </td>
                  <td>
                    <ClaimStatusBadge status={c.status} />
                  </td>
                  <td className="small muted">{formatDate(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </DeskChrome>
  );
}
