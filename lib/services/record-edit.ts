// Shared by the edit services of actors, sources, statements and evidence: optimistic concurrency
// (a save applies only at the version it started from) and audit entries that hold just what changed.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import type { Principal } from "@/lib/auth/principal";
import { recordAudit, type AuditEntry } from "./audit";

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

type VersionedUpdate<Row extends { version: number }> = {
  entityType: AuditEntry["entityType"];
  /** How the conflict message names the record ("evidence item"). */
  label: string;
  id: string;
  /** The version the edit started from. */
  version: number;
  before: Row;
  changes: Record<string, unknown>;
  /** `updateMany` scoped to `{ id, version }` with this data; 0 rows means someone saved in between. */
  write: (data: Record<string, unknown>) => Promise<{ count: number }>;
  /** The claim whose history shows the change (evidence). */
  claimId?: string | null;
  /** How a stored value reads in the audit log (hedges are stored as JSON text, audited as a list). */
  auditValue?: (field: string, value: unknown) => unknown;
};

/**
 * One correction of a versioned record inside the caller's transaction: refuses a stale `version` with a
 * 409, writes only when something differs, bumps the version and audits just the changed fields.
 */
export async function applyVersionedUpdate<Row extends { version: number }>(
  tx: Tx,
  principal: Principal,
  edit: VersionedUpdate<Row>,
) {
  const { entityType, label, id, version, before } = edit;
  if (before.version !== version) throw await staleRecordError(tx, entityType, id, label, before.version);
  const diff = changedFields(before, edit.changes);
  if (!diff.changed) return diff;
  const { count } = await edit.write({ ...edit.changes, version: { increment: 1 } });
  if (count === 0) throw await staleRecordError(tx, entityType, id, label, version + 1);
  const shown = (half: Record<string, unknown>) =>
    edit.auditValue
      ? Object.fromEntries(Object.entries(half).map(([field, value]) => [field, edit.auditValue!(field, value)]))
      : half;
  await recordAudit(tx, principal, {
    entityType,
    entityId: id,
    claimId: edit.claimId,
    action: "update",
    before: { ...shown(diff.before), version },
    after: { ...shown(diff.after), version: version + 1 },
  });
  return diff;
}
