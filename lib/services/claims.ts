import "server-only";
import { randomBytes } from "node:crypto";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { slugify } from "@/lib/claims/slug";
import { getDb, textContains, type Db, type Tx } from "@/lib/db/client";
import { mapDbError } from "@/lib/db/errors";
import { ConflictError, DuplicateError, NotFoundError, ValidationError } from "@/lib/errors";
import { longestWord, normaliseClaimText } from "@/lib/claims/normalise";
import { claimCreateInput, claimListQuery, claimUpdateInput, type ClaimKind } from "@/lib/validation/claims";
import { pageQuery } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";
import { appearanceCreateInput, claimSearchQuery, relationCreateInput } from "@/lib/validation/relations";
import { recordAudit } from "./audit";
import { markReviewsStale, reviewedFieldsReset } from "./workflow";
import { cursorArgs, toPage } from "./pagination";
import { countsByClaim } from "./relation-counts";

async function uniqueSlug(tx: Tx, text: string) {
  const base = slugify(text);
  const taken = await tx.claim.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
}

async function setTags(tx: Tx, claimId: string, names: string[]) {
  await tx.claimTag.deleteMany({ where: { claimId } });
  for (const name of names) {
    const tag = await tx.tag.upsert({
      where: { name: name.toLowerCase() },
      create: { name: name.toLowerCase() },
      update: {},
    });
    await tx.claimTag.create({ data: { claimId, tagId: tag.id } });
  }
}

async function assertActorsExist(tx: Tx, ids: string[], field: string) {
  if (!ids.length) return;
  const found = await tx.actor.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw new ValidationError("Unknown actor.", { [field]: ["Choose an existing actor."] });
}

/** An existing claim whose text equals `text` once case, punctuation and whitespace are ignored. */
export async function findDuplicateClaim(tx: Tx, text: string) {
  const wanted = normaliseClaimText(text);
  const term = longestWord(wanted);
  const candidates = await tx.claim.findMany({
    where: term ? { text: textContains(term) } : undefined,
    select: { id: true, text: true, slug: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return candidates.find((c) => normaliseClaimText(c.text) === wanted) ?? null;
}

/** Refuses (409 with the existing id) a new claim whose normalised text another claim already has. */
export async function refuseDuplicateClaim(tx: Tx, text: string) {
  const same = await findDuplicateClaim(tx, text);
  if (same)
    throw new DuplicateError(
      `A claim with the same text already exists: "${same.text}". Open it, or create this one anyway.`,
      same.id,
    );
}

export async function createClaim(principal: Principal | null, raw: unknown) {
  const user = requirePermission(principal, "claim:write");
  const { allowDuplicate, ...input } = parseInput(claimCreateInput, raw);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      if (!allowDuplicate) await refuseDuplicateClaim(tx, input.text);
      await assertActorsExist(tx, input.claimantId ? [input.claimantId] : [], "claimantId");
      await assertActorsExist(tx, input.subjectIds, "subjectIds");
      const claim = await tx.claim.create({
        data: {
          slug: await uniqueSlug(tx, input.text),
          text: input.text,
          kind: input.kind,
          summary: input.summary,
          claimantId: input.claimantId,
          createdById: authorId(user),
          updatedById: authorId(user),
          subjects: { create: input.subjectIds.map((actorId) => ({ actorId })) },
        },
      });
      await setTags(tx, claim.id, input.tags);
      await recordAudit(tx, user, {
        entityType: "claim",
        entityId: claim.id,
        claimId: claim.id,
        action: "create",
        after: input,
      });
      return claim;
    });
  } catch (e) {
    mapDbError(e, "Claim");
  }
}

const claimDetailInclude = {
  claimant: true,
  subjects: { include: { actor: true } },
  tags: { include: { tag: true } },
  appearances: {
    include: { source: { select: { id: true, title: true, publisher: true, publishedAt: true, url: true } } },
  },
} as const;

export async function getClaim(principal: Principal | null, id: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const claim = await db.claim.findUnique({ where: { id }, include: claimDetailInclude });
  if (!claim) throw new NotFoundError("Claim");
  const counts = await countsByClaim(db, [id]);
  return { ...claim, _count: { evidence: counts.evidence.get(id) ?? 0, reviews: counts.reviews.get(id) ?? 0 } };
}

export async function listClaims(principal: Principal | null, rawQuery: unknown = {}) {
  requirePermission(principal, "staff:read");
  const { cursor, limit, status } = parseInput(pageQuery.extend(claimListQuery.shape), rawQuery);
  const db = await getDb();
  const rows = await db.claim.findMany({
    where: status ? { status } : undefined,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    include: { claimant: { select: { id: true, name: true } } },
    ...cursorArgs(cursor, limit),
  });
  const counts = await countsByClaim(
    db,
    rows.map((r) => r.id),
  );
  return toPage(
    rows.map((r) => ({
      ...r,
      _count: { evidence: counts.evidence.get(r.id) ?? 0, reviews: counts.reviews.get(r.id) ?? 0 },
    })),
    limit,
  );
}

/**
 * Optimistic concurrency: the update applies only if the claim is still at `version`.
 * Reviews judge the claim's text, kind and claimant: changing them marks existing reviews stale and
 * sends a claim in review back to draft; on a published claim they are locked (docs/decisions/0012).
 */
export async function updateClaim(principal: Principal | null, id: string, raw: unknown) {
  const user = requirePermission(principal, "claim:write");
  const { version, tags, ...changes } = parseInput(claimUpdateInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Claim");
    if (changes.claimantId) await assertActorsExist(tx, [changes.claimantId], "claimantId");
    const reset = reviewedFieldsReset(before, changes);
    const { count } = await tx.claim.updateMany({
      where: { id, version },
      data: {
        ...changes,
        ...(reset.toDraft ? { status: "draft" } : {}),
        version: { increment: 1 },
        updatedById: authorId(user),
      },
    });
    if (count === 0) {
      const current = await tx.claim.findUnique({
        where: { id },
        select: { version: true, updatedById: true, updatedAt: true },
      });
      const by = current?.updatedById
        ? await tx.user.findUnique({ where: { id: current.updatedById }, select: { name: true, email: true } })
        : null;
      throw new ConflictError(
        `This claim was changed by ${by?.name ?? "someone else"} since you opened it (now version ${current?.version}). Reload to see their changes.`,
        {
          currentVersion: current?.version,
          updatedBy: by?.name ?? null,
          updatedAt: current?.updatedAt,
        },
      );
    }
    if (tags) await setTags(tx, id, tags);
    const staleReviews = reset.changed ? await markReviewsStale(tx, id) : 0;
    const after = await tx.claim.findUniqueOrThrow({ where: { id }, include: claimDetailInclude });
    await recordAudit(tx, user, {
      entityType: "claim",
      entityId: id,
      claimId: id,
      action: "update",
      before: {
        text: before.text,
        kind: before.kind,
        claimantId: before.claimantId,
        summary: before.summary,
        version: before.version,
      },
      after: {
        ...changes,
        ...(tags ? { tags } : {}),
        ...(reset.toDraft ? { status: "draft", reason: "reviewed text changed" } : {}),
        ...(staleReviews ? { reviewsMarkedStale: staleReviews } : {}),
        version: after.version,
      },
    });
    return after;
  });
}

// ---- Analyst workspace (issue 3): claims created from the reader, search, relations, appearances.

/** A draft claim created inside another write (e.g. evidence attached from the reader). */
export async function insertDraftClaim(tx: Tx, principal: Principal, input: { text: string; kind: ClaimKind }) {
  const user = requirePermission(principal, "claim:write");
  const claim = await tx.claim.create({
    data: {
      slug: await uniqueSlug(tx, input.text),
      text: input.text,
      kind: input.kind,
      createdById: authorId(user),
      updatedById: authorId(user),
    },
  });
  await recordAudit(tx, user, {
    entityType: "claim",
    entityId: claim.id,
    claimId: claim.id,
    action: "create",
    after: input,
  });
  return claim;
}

/** Search-as-you-type for claim pickers: text matches, most recently changed first. */
export async function searchClaims(principal: Principal | null, rawQuery: unknown) {
  requirePermission(principal, "staff:read");
  const { q, excludeId } = parseInput(claimSearchQuery, rawQuery);
  const db = await getDb();
  return db.claim.findMany({
    where: { ...(q ? { text: textContains(q) } : {}), ...(excludeId ? { id: { not: excludeId } } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 10,
    select: { id: true, text: true, status: true, kind: true },
  });
}

const SYMMETRIC_RELATIONS = new Set(["contradicts", "duplicates"]);

export async function addClaimRelation(principal: Principal | null, claimId: string, raw: unknown) {
  const user = requirePermission(principal, "claim:write");
  const input = parseInput(relationCreateInput, raw);
  if (input.toClaimId === claimId)
    throw new ValidationError("A claim cannot be related to itself.", { toClaimId: ["Choose another claim."] });
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } })))
        throw new NotFoundError("Claim");
      const other = await tx.claim.findUnique({ where: { id: input.toClaimId }, select: { id: true, text: true } });
      if (!other) throw new ValidationError("Unknown claim.", { toClaimId: ["Choose an existing claim."] });
      // "A contradicts B" already says "B contradicts A"; storing both would list it twice.
      if (
        SYMMETRIC_RELATIONS.has(input.kind) &&
        (await tx.claimRelation.findFirst({
          where: { fromClaimId: input.toClaimId, toClaimId: claimId, kind: input.kind },
        }))
      ) {
        throw new ConflictError(
          `These claims are already recorded as ${input.kind === "contradicts" ? "contradicting" : "duplicating"} each other.`,
        );
      }
      const relation = await tx.claimRelation.create({
        data: { fromClaimId: claimId, toClaimId: input.toClaimId, kind: input.kind },
      });
      await recordAudit(tx, user, {
        entityType: "claim",
        entityId: claimId,
        claimId,
        action: "relate",
        after: { relationId: relation.id, kind: input.kind, toClaimId: other.id, toText: other.text },
      });
      return relation;
    });
  } catch (e) {
    mapDbError(e, "This relation");
  }
}

export async function removeClaimRelation(principal: Principal | null, claimId: string, relationId: string) {
  const user = requirePermission(principal, "claim:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const relation = await tx.claimRelation.findFirst({
      where: { id: relationId, OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
    });
    if (!relation) throw new NotFoundError("Relation");
    await tx.claimRelation.delete({ where: { id: relationId } });
    await recordAudit(tx, user, {
      entityType: "claim",
      entityId: claimId,
      claimId,
      action: "unrelate",
      before: { relationId, kind: relation.kind, fromClaimId: relation.fromClaimId, toClaimId: relation.toClaimId },
    });
    return { id: relationId, removed: true };
  });
}

export async function listClaimRelations(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  if (!(await db.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw new NotFoundError("Claim");
  return claimRelations(db, claimId);
}

/**
 * A claim's relations both ways with the claim at the other end: one read of the relations and, when
 * there are any, one of the related claims (nested includes cost four statements, empty or not).
 */
export async function claimRelations(db: Db | Tx, claimId: string) {
  const rows = await db.claimRelation.findMany({
    where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
    orderBy: { id: "asc" },
  });
  const otherId = (r: (typeof rows)[number]) => (r.fromClaimId === claimId ? r.toClaimId : r.fromClaimId);
  const others = rows.length
    ? await db.claim.findMany({
        where: { id: { in: [...new Set(rows.map(otherId))] } },
        select: { id: true, text: true, status: true },
      })
    : [];
  const byId = new Map(others.map((c) => [c.id, c]));
  const shaped = (direction: "out" | "in") =>
    rows
      .filter((r) => (direction === "out" ? r.fromClaimId === claimId : r.toClaimId === claimId))
      .map((r) => ({ id: r.id, kind: r.kind, direction, claim: byId.get(otherId(r))! }));
  return [...shaped("out"), ...shaped("in")];
}

export async function addClaimAppearance(principal: Principal | null, claimId: string, raw: unknown) {
  const user = requirePermission(principal, "claim:write");
  const input = parseInput(appearanceCreateInput, raw);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } })))
        throw new NotFoundError("Claim");
      if (!(await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true } })))
        throw new ValidationError("Unknown source.", { sourceId: ["Choose an existing source."] });
      if (
        input.statementId &&
        !(await tx.statement.findFirst({
          where: { id: input.statementId, sourceId: input.sourceId },
          select: { id: true },
        }))
      ) {
        throw new ValidationError("The statement is not in this source.", {
          statementId: ["Choose a statement of the same source."],
        });
      }
      const appearance = await tx.claimAppearance.create({
        data: { claimId, sourceId: input.sourceId, statementId: input.statementId },
      });
      await recordAudit(tx, user, {
        entityType: "claim",
        entityId: claimId,
        claimId,
        action: "add_appearance",
        after: { appearanceId: appearance.id, ...input },
      });
      return appearance;
    });
  } catch (e) {
    mapDbError(e, "This appearance");
  }
}

export async function removeClaimAppearance(principal: Principal | null, claimId: string, appearanceId: string) {
  const user = requirePermission(principal, "claim:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const appearance = await tx.claimAppearance.findFirst({ where: { id: appearanceId, claimId } });
    if (!appearance) throw new NotFoundError("Appearance");
    await tx.claimAppearance.delete({ where: { id: appearanceId } });
    await recordAudit(tx, user, {
      entityType: "claim",
      entityId: claimId,
      claimId,
      action: "remove_appearance",
      before: { appearanceId, sourceId: appearance.sourceId },
    });
    return { id: appearanceId, removed: true };
  });
}
