import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/guard";
import { ValidationError } from "@/lib/errors";
import { deskActivity } from "@/lib/services/activity";
import { Timeline } from "@/components/activity/Timeline";
import { AccessDenied } from "@/components/ui/AccessDenied";

export const metadata: Metadata = { title: "Desk activity" };

export default async function ActivityPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const { principal, denied } = await pageGate("card:publish", "/activity");
  if (denied) return <AccessDenied message="The desk-wide activity is for editors and admins." />;
  const { before } = await searchParams;
  // A mangled ?before= shows the latest page rather than an error.
  const { items, nextBefore } = await deskActivity(principal, { before }).catch((e) =>
    e instanceof ValidationError ? deskActivity(principal) : Promise.reject(e),
  );
  return (
    <div className="stack">
      <h1>Desk activity</h1>
      <Timeline items={items} showClaim />
      {nextBefore && <Link href={`/activity?before=${encodeURIComponent(nextBefore)}`}>Older activity</Link>}
    </div>
  );
}
