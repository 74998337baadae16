import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, textContains, type Tx } from "@/lib/db/client";
import { mapDbError } from "@/lib/db/errors";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import {
  actorCreateInput,
  actorMergeInput,
  actorUpdateInput,
  aliasInput,
  type ActorKind,
} from "@/lib/validation/actors";
import { optionalText, pageQuery } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";
import { recordAudit } from "./audit";
import { cursorArgs, toPage } from "./pagination";
import { applyVersionedUpdate } from "./record-edit";
import { countsByActor } from "./relation-counts";

export async function createActor(principal: Principal | null, raw: unknown) {
  const user = requirePermission(principal, "actor:write");
  const input = parseInput(actorCreateInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const actor = await tx.actor.create({
      data: {
        name: input.name,
        kind: input.kind,
        description: input.description,
        aliases: { create: input.aliases.filter((a) => a !== input.name).map((alias) => ({ alias })) },
      },
      include: { aliases: true },
    });
    await recordAudit(tx, user, { entityType: "actor", entityId: actor.id, action: "create", after: input });
    return actor;
  });
}

/** Corrects an actor's name, kind or description; applies only at the `version` the edit started from. */
export async function updateActor(principal: Principal | null, id: string, raw: unknown) {
  const user = requirePermission(principal, "actor:write");
  const { version, ...changes } = parseInput(actorUpdateInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.actor.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Actor");
    await applyVersionedUpdate(tx, user, {
      entityType: "actor",
      label: "actor",
      id,
      version,
      before,
      changes,
      write: (data) => tx.actor.updateMany({ where: { id, version }, data }),
    });
    return tx.actor.findUniqueOrThrow({ where: { id }, include: { aliases: true } });
  });
}

const actorListQuery = pageQuery.extend({ q: optionalText("Search", 200) });

export async function listActors(principal: Principal | null, rawQuery: unknown = {}) {
  requirePermission(principal, "staff:read");
  const { cursor, limit, q } = parseInput(actorListQuery, rawQuery);
  const db = await getDb();
  const rows = await db.actor.findMany({
    where: q ? { OR: [{ name: textContains(q) }, { aliases: { some: { alias: textContains(q) } } }] } : undefined,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: { aliases: { select: { alias: true } } },
    ...cursorArgs(cursor, limit),
  });
  const counts = await countsByActor(
    db,
    rows.map((r) => r.id),
  );
  return toPage(
    rows.map((r) => ({
      ...r,
      _count: { statements: counts.statements.get(r.id) ?? 0, subjectOf: counts.subjectOf.get(r.id) ?? 0 },
    })),
    limit,
  );
}

export async function getActor(principal: Principal | null, id: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const actor = await db.actor.findUnique({ where: { id }, include: { aliases: true } });
  if (!actor) throw new NotFoundError("Actor");
  return actor;
}

type NewActor = { name: string; kind: ActorKind };

async function insertActor(tx: Tx, principal: Principal, actor: NewActor) {
  requirePermission(principal, "actor:write");
  const created = await tx.actor.create({ data: { name: actor.name, kind: actor.kind } });
  await recordAudit(tx, principal, { entityType: "actor", entityId: created.id, action: "create", after: actor });
  return created;
}

/** An existing actor by id, or one created inline (recording a statement names a new speaker). */
export async function actorChoice(
  tx: Tx,
  principal: Principal,
  id: string | undefined,
  created: NewActor | undefined,
  field: string,
) {
  if (id) {
    const actor = await tx.actor.findUnique({ where: { id }, select: { id: true } });
    if (!actor) throw new ValidationError("Unknown actor.", { [field]: ["Choose an existing actor."] });
    return actor.id;
  }
  return created ? (await insertActor(tx, principal, created)).id : null;
}

/** The actor whose name or an alias equals `name`, ignoring case; a name match beats an alias match. */
export async function findActorByName(tx: Tx, name: string) {
  const wanted = name.trim().toLowerCase();
  const candidates = await tx.actor.findMany({
    where: { OR: [{ name: textContains(name.trim()) }, { aliases: { some: { alias: textContains(name.trim()) } } }] },
    include: { aliases: { select: { alias: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
  });
  return (
    candidates.find((a) => a.name.toLowerCase() === wanted) ??
    candidates.find((a) => a.aliases.some((x) => x.alias.toLowerCase() === wanted)) ??
    null
  );
}

/** Matches `name` to an actor (name or alias, any case) or creates one of `kind`. */
export async function findOrCreateActor(tx: Tx, principal: Principal, name: string, kind: ActorKind) {
  const found = await findActorByName(tx, name);
  if (found) return found.id;
  // Extractors keep the article's wording ("a senior defense official"); names start upper-case.
  const display = name.trim().charAt(0).toUpperCase() + name.trim().slice(1);
  return (await insertActor(tx, principal, { name: display, kind })).id;
}

const statementSummary = {
  id: true,
  exact: true,
  cue: true,
  kind: true,
  anonymous: true,
  viaText: true,
  anchorStatus: true,
  sourceId: true,
  source: { select: { id: true, title: true, publisher: true, publishedAt: true } },
  speaker: { select: { id: true, name: true } },
  via: { select: { id: true, name: true } },
} as const;
const claimSummary = { id: true, text: true, status: true, kind: true } as const;

/** Everything the actor page shows: aliases, statements by and through them, claims by and about them. */
export async function getActorProfile(principal: Principal | null, id: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const actor = await db.actor.findUnique({
    where: { id },
    include: {
      aliases: { orderBy: { alias: "asc" } },
      statements: { select: statementSummary, orderBy: { createdAt: "asc" } },
      relayedStatements: { select: statementSummary, orderBy: { createdAt: "asc" } },
      claimsAsserted: { select: claimSummary, orderBy: { updatedAt: "desc" } },
      subjectOf: { select: { claim: { select: claimSummary } } },
    },
  });
  if (!actor) throw new NotFoundError("Actor");
  const { subjectOf, ...rest } = actor;
  return { ...rest, claimsAbout: subjectOf.map((s) => s.claim) };
}

/** Aliases and merges change what the actor's edit form showed, so a form opened before them is stale. */
const bumpActorVersion = (tx: Tx, id: string) =>
  tx.actor.update({ where: { id }, data: { version: { increment: 1 } } });

export async function addAlias(principal: Principal | null, actorId: string, raw: unknown) {
  const user = requirePermission(principal, "actor:write");
  const { alias } = parseInput(aliasInput, raw);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const actor = await tx.actor.findUnique({ where: { id: actorId }, select: { name: true } });
      if (!actor) throw new NotFoundError("Actor");
      if (actor.name === alias)
        throw new ValidationError("The alias is the actor's name.", { alias: ["This is already the actor's name."] });
      const row = await tx.actorAlias.create({ data: { actorId, alias } });
      await bumpActorVersion(tx, actorId);
      await recordAudit(tx, user, { entityType: "actor", entityId: actorId, action: "add_alias", after: { alias } });
      return row;
    });
  } catch (e) {
    mapDbError(e, "This alias");
  }
}

export async function removeAlias(principal: Principal | null, actorId: string, aliasId: string) {
  const user = requirePermission(principal, "actor:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.actorAlias.findFirst({ where: { id: aliasId, actorId } });
    if (!row) throw new NotFoundError("Alias");
    await tx.actorAlias.delete({ where: { id: aliasId } });
    await bumpActorVersion(tx, actorId);
    await recordAudit(tx, user, {
      entityType: "actor",
      entityId: actorId,
      action: "remove_alias",
      before: { alias: row.alias },
    });
    return { id: aliasId, removed: true };
  });
}

/** Merging rewrites other people's attributions, so it is kept for editors and admins. */
function requireMergeRole(principal: Principal | null) {
  const user = requirePermission(principal, "actor:write");
  if (user.role !== "editor" && user.role !== "admin") throw new ForbiddenError();
  return user;
}

/**
 * Folds actor `mergeId` into `survivorId` in one transaction: statements (as speaker and as
 * intermediary), claims (as claimant and as subject) and aliases move to the survivor; the merged
 * actor's name becomes an alias; the merged actor is deleted.
 */
export async function mergeActors(principal: Principal | null, survivorId: string, raw: unknown) {
  const user = requireMergeRole(principal);
  const { mergeId } = parseInput(actorMergeInput, raw);
  if (mergeId === survivorId)
    throw new ValidationError("An actor cannot be merged into itself.", { mergeId: ["Choose a different actor."] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const survivor = await tx.actor.findUnique({ where: { id: survivorId }, include: { aliases: true } });
    if (!survivor) throw new NotFoundError("Actor");
    const merged = await tx.actor.findUnique({ where: { id: mergeId }, include: { aliases: true } });
    if (!merged) throw new ValidationError("Unknown actor.", { mergeId: ["Choose an existing actor."] });

    // A statement's edit form opened before the merge names the merged actor: its version moves on too.
    const bump = { version: { increment: 1 } };
    const spoken = await tx.statement.updateMany({
      where: { speakerId: mergeId },
      data: { speakerId: survivorId, ...bump },
    });
    const relayed = await tx.statement.updateMany({ where: { viaId: mergeId }, data: { viaId: survivorId, ...bump } });
    const asserted = await tx.claim.updateMany({ where: { claimantId: mergeId }, data: { claimantId: survivorId } });
    // ClaimSubject's key is (claimId, actorId): where both are subjects of a claim, the survivor's row stays.
    const shared = await tx.claimSubject.findMany({ where: { actorId: survivorId }, select: { claimId: true } });
    const subjects = await tx.claimSubject.updateMany({
      where: { actorId: mergeId, claimId: { notIn: shared.map((s) => s.claimId) } },
      data: { actorId: survivorId },
    });
    await tx.claimSubject.deleteMany({ where: { actorId: mergeId } });

    const known = new Set([survivor.name, ...survivor.aliases.map((a) => a.alias)].map((a) => a.toLowerCase()));
    const newAliases = [merged.name, ...merged.aliases.map((a) => a.alias)].filter((alias) => {
      const key = alias.toLowerCase();
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    for (const alias of newAliases) await tx.actorAlias.create({ data: { actorId: survivorId, alias } });
    await tx.actor.delete({ where: { id: mergeId } });
    await bumpActorVersion(tx, survivorId);

    const moved = {
      statementsAsSpeaker: spoken.count,
      statementsAsVia: relayed.count,
      claimsAsClaimant: asserted.count,
      claimsAsSubject: subjects.count,
      aliasesAdded: newAliases,
    };
    await recordAudit(tx, user, {
      entityType: "actor",
      entityId: survivorId,
      action: "merge",
      before: {
        merged: {
          id: merged.id,
          name: merged.name,
          kind: merged.kind,
          description: merged.description,
          aliases: merged.aliases.map((a) => a.alias),
        },
      },
      after: moved,
    });
    await recordAudit(tx, user, {
      entityType: "actor",
      entityId: mergeId,
      action: "merged_into",
      after: { survivorId },
    });
    return { survivorId, mergedId: mergeId, ...moved };
  });
}
