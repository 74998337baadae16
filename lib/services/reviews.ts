import "server-only";
import { can, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Tx } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { reviewInput } from "@/lib/validation/reviews";
import { disagreements } from "@/lib/verdicts";
import { recordAudit } from "./audit";
import { countsByClaim } from "./relation-counts";
import { onReviewSubmitted } from "./team-events";
import { REVIEWABLE_STATUSES, writeStatus } from "./workflow";

/** Claims waiting for reviewers, oldest first so nothing starves; says whether the caller reviewed each. */
export async function reviewQueue(principal: Principal | null) {
  const user = requirePermission(principal, "staff:read");
  const db = await getDb();
  const claims = await db.claim.findMany({
    where: { status: { in: REVIEWABLE_STATUSES } },
    orderBy: { updatedAt: "asc" },
    take: 200,
    select: {
      id: true,
      text: true,
      status: true,
      updatedAt: true,
      reviews: { where: { reviewerId: user.userId }, select: { id: true } },
    },
  });
  const counts = await countsByClaim(claims.map((c) => c.id));
  return claims.map(({ reviews, ...c }) => ({
    ...c,
    _count: { reviews: counts.reviews.get(c.id) ?? 0 },
    reviewedByMe: reviews.length > 0,
  }));
}

const reviewSelect = {
  id: true,
  reviewerId: true,
  truthVerdict: true,
  attributionVerdict: true,
  rationale: true,
  confidence: true,
  createdAt: true,
  updatedAt: true,
  reviewer: { select: { id: true, name: true } },
} as const;

/**
 * Reviews are blind: until a reviewer has submitted their own review of a claim, they see only how
 * many others exist. Editors and admins (who publish) always see every review.
 */
export async function canSeeAllReviews(tx: Tx, principal: Principal, claimId: string): Promise<boolean> {
  if (can(principal, "card:publish")) return true;
  return (await tx.review.count({ where: { claimId, reviewerId: principal.userId } })) > 0;
}

export async function listReviews(principal: Principal | null, claimId: string) {
  const user = requirePermission(principal, "staff:read");
  const db = await getDb();
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!claim) throw new NotFoundError("Claim");
  const all = await db.review.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: reviewSelect,
  });
  const mine = all.find((r) => r.reviewerId === user.userId) ?? null;
  const seesAll = await canSeeAllReviews(db, user, claimId);
  const reviews = seesAll ? all : [];
  return {
    visibility: seesAll ? ("all" as const) : ("hidden_until_you_review" as const),
    reviews,
    mine,
    /** Reviews the caller may not read yet. */
    hiddenCount: all.length - reviews.length,
    total: all.length,
    disagreements: seesAll ? disagreements(all) : [],
  };
}

/**
 * Creates or revises the caller's own review (one per reviewer and claim; nobody can write
 * another's). A revision keeps the previous verdict in the audit log; reviews are never deleted.
 * The first review of a claim in review moves it to "verdict proposed".
 */
export async function submitReview(principal: Principal | null, claimId: string, raw: unknown) {
  const user = requirePermission(principal, "review:write");
  const input = parseInput(reviewInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { id: true, status: true, version: true },
    });
    if (!claim) throw new NotFoundError("Claim");
    if (!REVIEWABLE_STATUSES.includes(claim.status as (typeof REVIEWABLE_STATUSES)[number])) {
      throw new ValidationError("Reviews are accepted only while a claim is in review or has a proposed verdict.", {
        status: [`The claim is ${claim.status}.`],
      });
    }
    const previous = await tx.review.findUnique({
      where: { claimId_reviewerId: { claimId, reviewerId: user.userId } },
    });
    const review = previous
      ? await tx.review.update({ where: { id: previous.id }, data: input, select: reviewSelect })
      : await tx.review.create({ data: { ...input, claimId, reviewerId: user.userId }, select: reviewSelect });
    await recordAudit(tx, user, {
      entityType: "review",
      entityId: review.id,
      claimId,
      action: previous ? "revise" : "create",
      before: previous
        ? {
            truthVerdict: previous.truthVerdict,
            attributionVerdict: previous.attributionVerdict,
            rationale: previous.rationale,
            confidence: previous.confidence,
          }
        : undefined,
      after: input,
    });
    await onReviewSubmitted(tx, user, claimId, !!previous);
    let claimVersion = claim.version;
    if (claim.status === "in_review") {
      claimVersion = await writeStatus(tx, user, claimId, {
        from: "in_review",
        to: "verdict_proposed",
        version: claim.version,
        reason: "first review submitted",
      });
    }
    return { review, revised: !!previous, claimVersion };
  });
}
