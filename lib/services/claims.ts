import "server-only";
import { randomBytes } from "node:crypto";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { slugify } from "@/lib/claims/slug";
import { getDb, type Tx } from "@/lib/db/client";
import { mapDbError } from "@/lib/db/errors";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { claimCreateInput, claimListQuery, claimUpdateInput } from "@/lib/validation/claims";
import { pageQuery } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";
import { recordAudit } from "./audit";
import { cursorArgs, toPage } from "./pagination";

async function uniqueSlug(tx: Tx, text: string) {
  const base = slugify(text);
  const taken = await tx.claim.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
}

async function setTags(tx: Tx, claimId: string, names: string[]) {
  await tx.claimTag.deleteMany({ where: { claimId } });
  for (const name of names) {
    const tag = await tx.tag.upsert({ where: { name: name.toLowerCase() }, create: { name: name.toLowerCase() }, update: {} });
    await tx.claimTag.create({ data: { claimId, tagId: tag.id } });
  }
}

async function assertActorsExist(tx: Tx, ids: string[], field: string) {
  if (!ids.length) return;
  const found = await tx.actor.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw new ValidationError("Unknown actor.", { [field]: ["Choose an existing actor."] });
}

export async function createClaim(principal: Principal | null, raw: unknown) {
  const user = requirePermission(principal, "claim:write");
  const input = parseInput(claimCreateInput, raw);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      await assertActorsExist(tx, input.claimantId ? [input.claimantId] : [], "claimantId");
      await assertActorsExist(tx, input.subjectIds, "subjectIds");
      const claim = await tx.claim.create({
        data: {
          slug: await uniqueSlug(tx, input.text), text: input.text, kind: input.kind, summary: input.summary,
          claimantId: input.claimantId, createdById: authorId(user), updatedById: authorId(user),
          subjects: { create: input.subjectIds.map((actorId) => ({ actorId })) },
        },
      });
      await setTags(tx, claim.id, input.tags);
      await recordAudit(tx, user, { entityType: "claim", entityId: claim.id, claimId: claim.id, action: "create", after: input });
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
  appearances: { include: { source: { select: { id: true, title: true, publisher: true, publishedAt: true, url: true } } } },
  _count: { select: { evidence: true, reviews: true } },
} as const;

export async function getClaim(principal: Principal | null, id: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const claim = await db.claim.findUnique({ where: { id }, include: claimDetailInclude });
  if (!claim) throw new NotFoundError("Claim");
  return claim;
}

export async function listClaims(principal: Principal | null, rawQuery: unknown = {}) {
  requirePermission(principal, "staff:read");
  const { cursor, limit, status } = parseInput(pageQuery.extend(claimListQuery.shape), rawQuery);
  const db = await getDb();
  const rows = await db.claim.findMany({
    where: status ? { status } : undefined,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    include: { claimant: { select: { id: true, name: true } }, _count: { select: { evidence: true, reviews: true } } },
    ...cursorArgs(cursor, limit),
  });
  return toPage(rows, limit);
}

/** Optimistic concurrency: the update applies only if the claim is still at `version`. */
export async function updateClaim(principal: Principal | null, id: string, raw: unknown) {
  const user = requirePermission(principal, "claim:write");
  const { version, tags, ...changes } = parseInput(claimUpdateInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Claim");
    if (changes.claimantId) await assertActorsExist(tx, [changes.claimantId], "claimantId");
    const { count } = await tx.claim.updateMany({
      where: { id, version },
      data: { ...changes, version: { increment: 1 }, updatedById: authorId(user) },
    });
    if (count === 0) {
      const current = await tx.claim.findUnique({ where: { id }, select: { version: true, updatedById: true, updatedAt: true } });
      const by = current?.updatedById ? await tx.user.findUnique({ where: { id: current.updatedById }, select: { name: true, email: true } }) : null;
      throw new ConflictError(`This claim was changed by ${by?.name ?? "someone else"} since you opened it (now version ${current?.version}). Reload to see their changes.`, {
        currentVersion: current?.version, updatedBy: by?.name ?? null, updatedAt: current?.updatedAt,
      });
    }
    if (tags) await setTags(tx, id, tags);
    const after = await tx.claim.findUniqueOrThrow({ where: { id }, include: claimDetailInclude });
    await recordAudit(tx, user, {
      entityType: "claim", entityId: id, claimId: id, action: "update",
      before: { text: before.text, kind: before.kind, claimantId: before.claimantId, summary: before.summary, version: before.version },
      after: { ...changes, ...(tags ? { tags } : {}), version: after.version },
    });
    return after;
  });
}
