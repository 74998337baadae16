// Shared by the edit services of actors, sources, statements and evidence: optimistic concurrency
// (a save applies only at the version it started from) and audit entries that hold just what changed.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import type { AuditEntry } from "./audit";

/** 409 naming who last changed the record (from the audit log) and its current version. */
export async function staleRecordError(
  tx: Tx,
  entityType: AuditEntry["entityType"],
  entityId: string,
  label: string,
  currentVersion: number,
): Promise<ConflictError> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, user: { select: { name: true } } },
  });
  const by = last?.user?.name ?? null;
  return new ConflictError(
    `This ${label} was changed by ${by ?? "someone else"} since you opened it (now version ${currentVersion}). Reload to see their changes.`,
    { currentVersion, updatedBy: by, updatedAt: last?.at ?? null },
  );
}

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : JSON.stringify(v ?? null));

/** The fields of `changes` that differ from `before`, as { before, after } halves for the audit log. */
export function changedFields(before: Record<string, unknown>, changes: Record<string, unknown>) {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || comparable(before[key]) === comparable(value)) continue;
    was[key] = before[key] ?? null;
    now[key] = value;
  }
  return { before: was, after: now, changed: Object.keys(now).length > 0 };
}
