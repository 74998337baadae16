// The claim workflow: which status changes exist, who may make them, and the one place that
// writes a claim's status with an optimistic version check. See docs/decisions/0007.
import "server-only";
import { authorId, can, requirePermission, type Principal } from "@/lib/auth/principal";
import type { Permission } from "@/lib/auth/roles";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/validation/claims";
import { parseInput } from "@/lib/validation/parse";
import { transitionInput } from "@/lib/validation/reviews";
import { recordAudit } from "./audit";
import { onClaimStatusChanged } from "./team-events";

type Transition = {
  from: ClaimStatus[];
  to: ClaimStatus;
  permission: Permission;
  label: string;
  needsReview?: boolean;
};

/**
 * Status changes made by hand. "published" and "corrected" are missing on purpose: they are
 * reached only by publishing or correcting, which also write a card version (lib/services/cards.ts).
 * in_review -> verdict_proposed also happens by itself when the first review is submitted.
 */
export const TRANSITIONS: Transition[] = [
  { from: ["draft"], to: "in_review", permission: "claim:write", label: "Submit for review" },
  { from: ["in_review"], to: "draft", permission: "claim:write", label: "Withdraw to draft" },
  {
    from: ["in_review"],
    to: "verdict_proposed",
    permission: "review:write",
    label: "Propose verdict",
    needsReview: true,
  },
  { from: ["verdict_proposed"], to: "in_review", permission: "card:publish", label: "Send back for more review" },
  {
    from: ["draft", "in_review", "verdict_proposed", "published", "corrected"],
    to: "archived",
    permission: "card:publish",
    label: "Archive",
  },
  { from: ["archived"], to: "draft", permission: "card:publish", label: "Restore to draft" },
];

export const REVIEWABLE_STATUSES: ClaimStatus[] = ["in_review", "verdict_proposed"];
export const PUBLISHABLE_STATUSES: ClaimStatus[] = ["in_review", "verdict_proposed"];
export const CORRECTABLE_STATUSES: ClaimStatus[] = ["published", "corrected"];

const statusLabel = (s: ClaimStatus) => CLAIM_STATUS_LABELS[s];

/** The 409 every versioned write gives, naming who changed the claim and when (as updateClaim does). */
export async function staleVersionError(tx: Tx, claimId: string): Promise<ConflictError> {
  const current = await tx.claim.findUnique({
    where: { id: claimId },
    select: { version: true, updatedById: true, updatedAt: true },
  });
  const by = current?.updatedById
    ? await tx.user.findUnique({ where: { id: current.updatedById }, select: { name: true } })
    : null;
  return new ConflictError(
    `This claim was changed by ${by?.name ?? "someone else"} since you opened it (now version ${current?.version}). Reload to see their changes.`,
    {
      currentVersion: current?.version,
      updatedBy: by?.name ?? null,
      updatedAt: current?.updatedAt,
    },
  );
}

/**
 * Moves a claim to `to` only if it is still at `version` and in `from` (atomically: a concurrent
 * change makes this a 409, never a silent overwrite). Records the change in the audit log.
 */
export async function writeStatus(
  tx: Tx,
  principal: Principal,
  claimId: string,
  change: { from: ClaimStatus; to: ClaimStatus; version: number; reason?: string },
) {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version: change.version, status: change.from },
    data: { status: change.to, version: { increment: 1 }, updatedById: authorId(principal) },
  });
  if (count === 0) throw await staleVersionError(tx, claimId);
  await recordAudit(tx, principal, {
    entityType: "claim",
    entityId: claimId,
    claimId,
    action: "status",
    before: { status: change.from, version: change.version },
    after: { status: change.to, version: change.version + 1, ...(change.reason ? { reason: change.reason } : {}) },
  });
  await onClaimStatusChanged(tx, principal, claimId, change);
  return change.version + 1;
}

/** The transitions this principal could make from `status` (for buttons; the service re-checks). */
export function availableTransitions(principal: Principal | null, status: ClaimStatus, reviewCount: number) {
  return TRANSITIONS.filter(
    (t) => t.from.includes(status) && can(principal, t.permission) && (!t.needsReview || reviewCount > 0),
  ).map(({ to, label }) => ({ to, label }));
}

export async function transitionClaim(principal: Principal | null, claimId: string, raw: unknown) {
  const user = requirePermission(principal, "staff:read");
  const { to, version } = parseInput(transitionInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { id: true, slug: true, status: true, version: true },
    });
    if (!claim) throw new NotFoundError("Claim");
    if (claim.version !== version) throw await staleVersionError(tx, claimId);
    if (to === "published" || to === "corrected") {
      throw new ValidationError(
        `A claim becomes ${statusLabel(to)} only by ${to === "published" ? "publishing" : "correcting"} its card.`,
        { to: [`Use ${to === "published" ? "publish" : "corrections"} instead.`] },
      );
    }
    const transition = TRANSITIONS.find((t) => t.to === to && t.from.includes(claim.status));
    if (!transition) {
      throw new ValidationError(`A claim cannot go from ${statusLabel(claim.status)} to ${statusLabel(to)}.`, {
        to: [`Not allowed from ${statusLabel(claim.status)}.`],
      });
    }
    if (!can(user, transition.permission))
      throw new ForbiddenError(`Your role cannot ${transition.label.toLowerCase()}.`);
    if (transition.needsReview && (await tx.review.count({ where: currentReviews(claimId) })) === 0) {
      throw new ValidationError("A verdict can be proposed only after at least one review.", {
        to: ["At least one review is needed."],
      });
    }
    const newVersion = await writeStatus(tx, user, claimId, { from: claim.status, to, version });
    return { id: claim.id, slug: claim.slug, status: to, version: newVersion, previousStatus: claim.status };
  });
}

/** The fields a review judges; a verdict says nothing about other text than the one reviewed. */
export const REVIEWED_FIELDS = ["text", "kind", "claimantId"] as const;
type ReviewedFields = { text: string; kind: string; claimantId: string | null; status: ClaimStatus };

/** What an edit of the reviewed fields means for a claim's review state (throws when they are locked). */
export function reviewedFieldsReset(
  before: ReviewedFields,
  changes: Partial<Record<(typeof REVIEWED_FIELDS)[number], string | null>>,
): { changed: boolean; toDraft: boolean } {
  const changed = REVIEWED_FIELDS.filter((f) => changes[f] !== undefined && changes[f] !== before[f]);
  if (!changed.length) return { changed: false, toDraft: false };
  if (CORRECTABLE_STATUSES.includes(before.status)) {
    const message =
      "A published claim's text, kind and claimant are locked: its card carries a verdict on exactly these words. Archive it and restore it to draft to change them (it then needs new reviews).";
    throw new ValidationError(message, Object.fromEntries(changed.map((f) => [f, ["Locked while published."]])));
  }
  return { changed: true, toDraft: REVIEWABLE_STATUSES.includes(before.status) };
}

/** Existing reviews judged other words: kept on record, shown as stale, not counted by the publish gate. */
export async function markReviewsStale(tx: Tx, claimId: string): Promise<number> {
  const { count } = await tx.review.updateMany({ where: { claimId, staleAt: null }, data: { staleAt: new Date() } });
  return count;
}

/** Reviews that count: those written for the claim's current text. */
export const currentReviews = (claimId: string) => ({ claimId, staleAt: null });
