import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";

/** Claims waiting for reviewers, oldest first so nothing starves. */
export async function reviewQueue(principal: Principal | null) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  return db.claim.findMany({
    where: { status: { in: ["in_review", "verdict_proposed"] } },
    orderBy: { updatedAt: "asc" },
    take: 200,
    select: { id: true, text: true, status: true, updatedAt: true, _count: { select: { reviews: true } } },
  });
}
