// A claim's history for staff: every audit event recorded against it, with who and a readable diff.
import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { referenceNamer, type ReferenceNamer } from "./audit-names";
import { canSeeAllReviews, noteOthersSeen } from "./reviews";

export type FieldChange = { field: string; before: string | null; after: string | null };

const parse = (json: string | null): unknown => {
  if (json === null) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
};

const show = (v: unknown): string | null =>
  v === undefined || v === null ? null : typeof v === "string" ? v : JSON.stringify(v);

/**
 * Field-by-field changes between two recorded snapshots; unchanged fields are left out. Values are
 * compared as stored and shown through `name` (ids become names).
 */
export function diffSnapshots(before: unknown, after: unknown, name: ReferenceNamer = (_, v) => v): FieldChange[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(before) && !isObject(after)) {
    return show(before) === show(after) ? [] : [{ field: "value", before: show(before), after: show(after) }];
  }
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => show(b[field]) !== show(a[field]))
    .map((field) => ({ field, before: show(name(field, b[field])), after: show(name(field, a[field])) }));
}

const HIDDEN_REVIEW = "Hidden until you submit your own review.";

/**
 * Oldest first. Review verdicts are blind here too: someone who may not read others' reviews yet
 * sees that a review event happened, by whom, but not its content.
 */
export async function claimAuditLog(principal: Principal | null, claimId: string) {
  const user = requirePermission(principal, "staff:read");
  const db = await getDb();
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true, text: true, slug: true } });
  if (!claim) throw new NotFoundError("Claim");
  const seesReviews = await canSeeAllReviews(db, user, claimId);
  // Review events show other reviewers' verdicts: that ends blind review for the caller (ADR 0012).
  if (seesReviews)
    await noteOthersSeen(
      db,
      user,
      claimId,
      await db.review.count({ where: { claimId, NOT: { reviewerId: user.userId } } }),
    );
  // Statements belong to sources, so their events carry no claimId; include those this claim cites.
  const linked = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { evidence: { select: { statementId: true } }, appearances: { select: { statementId: true } } },
  });
  const statementIds = [...linked.evidence, ...linked.appearances]
    .map((x) => x.statementId)
    .filter((x): x is string => !!x);
  const events = await db.auditEvent.findMany({
    where: {
      OR: [{ claimId }, ...(statementIds.length ? [{ entityType: "statement", entityId: { in: statementIds } }] : [])],
    },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    include: { user: { select: { id: true, name: true } } },
  });
  // Comment text may quote verdicts (lib/services/comments.ts), so its audit content is blind too.
  const isHidden = (e: (typeof events)[number]) =>
    ["review", "comment"].includes(e.entityType) && !seesReviews && e.userId !== user.userId;
  const name = await referenceNamer(
    db,
    events.filter((e) => !isHidden(e)).flatMap((e) => [parse(e.before), parse(e.after)]),
  );
  return {
    claim,
    events: events.map((e) => {
      const hidden = isHidden(e);
      return {
        id: e.id,
        at: e.at,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        user: e.user ? { id: e.user.id, name: e.user.name } : null,
        // Users are disabled, never deleted, so an event without a user came from the CLI operator.
        userName: e.user?.name ?? "Command line",
        hidden,
        note: hidden ? HIDDEN_REVIEW : null,
        changes: hidden ? [] : diffSnapshots(parse(e.before), parse(e.after), name),
      };
    }),
  };
}
