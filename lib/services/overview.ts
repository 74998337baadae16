import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { PUBLIC_STATUSES } from "./cards";

export async function deskOverview(principal: Principal | null) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const [sources, claims, inReview, published, recentClaims] = await Promise.all([
    db.source.count(),
    db.claim.count(),
    db.claim.count({ where: { status: { in: ["in_review", "verdict_proposed"] } } }),
    db.claim.count({ where: { status: { in: [...PUBLIC_STATUSES] } } }),
    db.claim.findMany({
      orderBy: { updatedAt: "desc" },
      take: 8,
      select: { id: true, text: true, status: true, updatedAt: true },
    }),
  ]);
  return { counts: { sources, claims, inReview, published }, recentClaims };
}
