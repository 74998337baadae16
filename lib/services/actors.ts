import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, textContains } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { actorCreateInput } from "@/lib/validation/actors";
import { optionalText, pageQuery } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";
import { recordAudit } from "./audit";
import { cursorArgs, toPage } from "./pagination";

export async function createActor(principal: Principal | null, raw: unknown) {
  const user = requirePermission(principal, "actor:write");
  const input = parseInput(actorCreateInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const actor = await tx.actor.create({
      data: {
        name: input.name, kind: input.kind, description: input.description,
        aliases: { create: input.aliases.filter((a) => a !== input.name).map((alias) => ({ alias })) },
      },
      include: { aliases: true },
    });
    await recordAudit(tx, user, { entityType: "actor", entityId: actor.id, action: "create", after: input });
    return actor;
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
    include: { aliases: { select: { alias: true } }, _count: { select: { statements: true, subjectOf: true } } },
    ...cursorArgs(cursor, limit),
  });
  return toPage(rows, limit);
}

export async function getActor(principal: Principal | null, id: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const actor = await db.actor.findUnique({ where: { id }, include: { aliases: true } });
  if (!actor) throw new NotFoundError("Actor");
  return actor;
}
