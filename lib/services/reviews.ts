import "server-only";
import { cache } from "react";
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
  const counts = await countsByClaim(
    db,
    claims.map((c) => c.id),
  );
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
  staleAt: true,
  sawOthersAt: true,
  reviewer: { select: { id: true, name: true } },
  revisions: {
    orderBy: { number: "asc" },
    select: {
      number: true,
      truthVerdict: true,
      attributionVerdict: true,
      confidence: true,
      afterSeeingOthers: true,
      createdAt: true,
    },
  },
} as const;

type RevisionRow = { truthVerdict: string; attributionVerdict: string; afterSeeingOthers: boolean };

/** True when a verdict changed in a revision written after its author had read the other reviews. */
export function verdictChangedAfterSeeingOthers(revisions: RevisionRow[]): boolean {
  return revisions.some(
    (r, i) =>
      i > 0 &&
      r.afterSeeingOthers &&
      (r.truthVerdict !== revisions[i - 1].truthVerdict ||
        r.attributionVerdict !== revisions[i - 1].attributionVerdict),
  );
}

/**
 * Blind review ends for a reviewer once they are shown the other verdicts; from then on their
 * revisions are flagged, so an editor can see a verdict that moved towards the others (ADR 0012).
 */
export async function noteOthersSeen(tx: Tx, principal: Principal, claimId: string, othersShown: number) {
  if (!othersShown || can(principal, "card:publish")) return;
  await tx.review.updateMany({
    where: { claimId, reviewerId: principal.userId, sawOthersAt: null },
    data: { sawOthersAt: new Date() },
  });
}

/**
 * Reviews are blind: until a reviewer has submitted their own review of a claim, they see only how
 * many others exist. Editors and admins (who publish) always see every review.
 */
export async function canSeeAllReviews(tx: Tx, principal: Principal, claimId: string): Promise<boolean> {
  if (can(principal, "card:publish")) return true;
  return (await tx.review.count({ where: { claimId, reviewerId: principal.userId } })) > 0;
}

/**
 * canSeeAllReviews outside a transaction, asked once per request: the claim page's timeline, thread and
 * evidence threads all ask it (React's cache() lasts one server render; elsewhere it simply calls through).
 */
export const seesAllReviews = cache(async (principal: Principal, claimId: string) =>
  canSeeAllReviews(await getDb(), principal, claimId),
);

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
  const reviews = (seesAll ? all : []).map((r) => ({
    ...r,
    stale: r.staleAt !== null,
    changedAfterSeeingOthers: verdictChangedAfterSeeingOthers(r.revisions),
  }));
  if (seesAll) await noteOthersSeen(db, user, claimId, all.filter((r) => r.reviewerId !== user.userId).length);
  const current = all.filter((r) => r.staleAt === null);
  return {
    visibility: seesAll ? ("all" as const) : ("hidden_until_you_review" as const),
    reviews,
    mine,
    /** Reviews the caller may not read yet. */
    hiddenCount: all.length - reviews.length,
    total: all.length,
    /** Reviews of the claim's current text (stale ones judged earlier words and do not count). */
    currentCount: current.length,
    disagreements: seesAll ? disagreements(current) : [],
  };
}

/**
 * Creates or revises the caller's own review (one per reviewer and claim; nobody can write
 * another's). Every version is kept as a ReviewRevision; reviews are never deleted. Revising a stale
 * review makes it current again (it now judges the claim's current text).
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
    // Editors see every review all along, so whatever they write is written knowing the others.
    const sawOthers =
      !!previous?.sawOthersAt ||
      (can(user, "card:publish") &&
        (await tx.review.count({ where: { claimId, NOT: { reviewerId: user.userId } } })) > 0);
    const written = previous
      ? await tx.review.update({ where: { id: previous.id }, data: { ...input, staleAt: null }, select: { id: true } })
      : await tx.review.create({ data: { ...input, claimId, reviewerId: user.userId }, select: { id: true } });
    // Every version is kept; the revision says whether its author had read the other verdicts.
    await tx.reviewRevision.create({
      data: {
        reviewId: written.id,
        number: (await tx.reviewRevision.count({ where: { reviewId: written.id } })) + 1,
        ...input,
        afterSeeingOthers: sawOthers,
      },
    });
    const review = await tx.review.findUniqueOrThrow({ where: { id: written.id }, select: reviewSelect });
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
