// Cheap "does this staff record exist?" checks for pages that must answer 404 before they stream
// (app/*/[id]/layout.tsx): one indexed lookup of the id, after the role check.
import "server-only";
import { cache } from "react";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { readConnection } from "@/lib/db/read-connection";
import { NotFoundError } from "@/lib/errors";
import { isCleanText } from "@/lib/validation/common";

export type StaffRecordKind = "claim" | "actor" | "source";
const LABELS: Record<StaffRecordKind, string> = { claim: "Claim", actor: "Actor", source: "Source" };

/** Whether a claim exists, read once per request (a claim page's layout and several of its panels ask). */
export const claimExists = cache(async (id: string) => {
  // In SQL: every view of a claim page asks (ADR 0035).
  const rows = await (await readConnection()).sql<unknown>`SELECT 1 AS "x" FROM "Claim" WHERE "id" = ${id}`;
  return rows.length > 0;
});

export async function assertStaffRecordExists(principal: Principal | null, kind: StaffRecordKind, id: string) {
  requirePermission(principal, "staff:read");
  // An id no row can have (too long, control characters, lone surrogates) is simply not found.
  if (!id || id.length > 64 || !isCleanText(id)) throw new NotFoundError(LABELS[kind]);
  const db = await getDb();
  const where = { where: { id }, select: { id: true } };
  const row =
    kind === "claim"
      ? (await claimExists(id)) || null
      : kind === "actor"
        ? await db.actor.findUnique(where)
        : await db.source.findUnique(where);
  if (!row) throw new NotFoundError(LABELS[kind]);
}
