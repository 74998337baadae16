import type { Tx } from "@/lib/db/client";
import { authorId, type Principal } from "@/lib/auth/principal";

export type AuditEntry = {
  entityType:
    | "source"
    | "claim"
    | "evidence"
    | "statement"
    | "actor"
    | "review"
    | "card"
    | "user"
    | "comment"
    | "assignment"
    | "webhook";
  entityId: string;
  action: string;
  claimId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Written inside the same transaction as the change it records. */
export async function recordAudit(tx: Tx, principal: Principal | null, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      userId: authorId(principal),
      entityType: entry.entityType,
      entityId: entry.entityId,
      claimId: entry.claimId ?? null,
      action: entry.action,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}
