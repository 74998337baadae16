import "server-only";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Tx } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import {
  reanchorInput,
  statementCreateInput,
  statementListQuery,
  statementUpdateInput,
} from "@/lib/validation/statements";
import { actorChoice } from "./actors";
import { recordAudit } from "./audit";
import { applyVersionedUpdate } from "./record-edit";
import { locateOnCurrentRevision, manualReanchorChange, placeOnCurrentRevision } from "./revision-anchors";
import { statementInclude, withHedgeList } from "./statement-shape";

async function assertStatementExists(tx: Tx, id: string | null | undefined, self?: string) {
  if (!id) return;
  if (id === self)
    throw new ValidationError("A statement cannot be relayed through itself.", {
      reportedById: ["Choose another statement."],
    });
  if (!(await tx.statement.findUnique({ where: { id }, select: { id: true } }))) {
    throw new ValidationError("Unknown statement.", { reportedById: ["Choose an existing statement."] });
  }
}

/** Words of the source's current revision attributed to a speaker, possibly through an intermediary. */
export async function createStatement(principal: Principal | null, raw: unknown) {
  const user = requirePermission(principal, "statement:write");
  const input = parseInput(statementCreateInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { revision, selector } = await locateOnCurrentRevision(tx, input.sourceId, input.quote);
    const speakerId = (await actorChoice(tx, user, input.speakerId, input.newSpeaker, "speakerId"))!;
    const viaId = await actorChoice(tx, user, input.viaId, input.newVia, "viaId");
    await assertStatementExists(tx, input.reportedById);
    const { exact, prefix, suffix, start, end } = selector;
    const statement = await tx.statement.create({
      data: {
        sourceId: input.sourceId,
        revisionId: revision.id,
        speakerId,
        viaId,
        viaText: input.viaText,
        cue: input.cue,
        kind: input.kind,
        anonymous: input.anonymous,
        hedges: input.hedges,
        reportedById: input.reportedById,
        exact,
        prefix,
        suffix,
        start,
        end,
        createdById: authorId(user),
      },
      include: statementInclude,
    });
    await recordAudit(tx, user, {
      entityType: "statement",
      entityId: statement.id,
      action: "create",
      after: {
        sourceId: input.sourceId,
        speakerId,
        viaId,
        viaText: input.viaText,
        cue: input.cue,
        kind: input.kind,
        anonymous: input.anonymous,
        hedges: input.hedges,
        exact,
        start,
        end,
      },
    });
    return withHedgeList(statement);
  });
}

export async function listStatements(principal: Principal | null, rawQuery: unknown) {
  requirePermission(principal, "staff:read");
  const { sourceId } = parseInput(statementListQuery, rawQuery);
  const db = await getDb();
  if (!(await db.source.findUnique({ where: { id: sourceId }, select: { id: true } })))
    throw new NotFoundError("Source");
  const rows = await db.statement.findMany({
    where: { sourceId },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    include: statementInclude,
  });
  return rows.map(withHedgeList);
}

export async function getStatement(principal: Principal | null, id: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const statement = await db.statement.findUnique({ where: { id }, include: statementInclude });
  if (!statement) throw new NotFoundError("Statement");
  return withHedgeList(statement);
}

type EditableField = "speakerId" | "viaId" | "viaText" | "cue" | "kind" | "anonymous" | "hedges" | "reportedById";

/**
 * Corrects who said it, through whom and how (speaker, via, cue, kind, anonymity, hedges, the
 * statement it is relayed through). The words stay; a re-anchor changes those.
 */
export async function updateStatement(principal: Principal | null, id: string, raw: unknown) {
  const user = requirePermission(principal, "statement:write");
  const { version, newSpeaker, newVia, ...input } = parseInput(statementUpdateInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.statement.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Statement");
    const speakerId =
      input.speakerId || newSpeaker
        ? ((await actorChoice(tx, user, input.speakerId, newSpeaker, "speakerId")) ?? undefined)
        : undefined;
    const viaId = newVia
      ? await actorChoice(tx, user, undefined, newVia, "viaId")
      : input.viaId
        ? await actorChoice(tx, user, input.viaId, undefined, "viaId")
        : input.viaId; // null clears, undefined keeps
    await assertStatementExists(tx, input.reportedById, id);
    const changes = {
      speakerId,
      viaId,
      viaText: input.viaText,
      cue: input.cue,
      kind: input.kind,
      anonymous: input.anonymous,
      hedges: input.hedges,
      reportedById: input.reportedById,
    } satisfies Partial<Record<EditableField, unknown>>;
    await applyVersionedUpdate(tx, user, {
      entityType: "statement",
      label: "statement",
      id,
      version,
      before,
      changes,
      write: (data) => tx.statement.updateMany({ where: { id, version }, data }),
    });
    return withHedgeList(await tx.statement.findUniqueOrThrow({ where: { id }, include: statementInclude }));
  });
}

/** Evidence and appearances that pointed at the statement keep their own span (foreign keys set null). */
export async function removeStatement(principal: Principal | null, id: string) {
  const user = requirePermission(principal, "statement:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const statement = await tx.statement.findUnique({ where: { id } });
    if (!statement) throw new NotFoundError("Statement");
    // The suggestion it came from no longer stands either; it must not come back as pending.
    await tx.suggestion.updateMany({ where: { statementId: id }, data: { statementId: null, status: "dismissed" } });
    await tx.statement.delete({ where: { id } });
    await recordAudit(tx, user, {
      entityType: "statement",
      entityId: id,
      action: "delete",
      before: {
        sourceId: statement.sourceId,
        speakerId: statement.speakerId,
        exact: statement.exact,
        start: statement.start,
        end: statement.end,
        anchorStatus: statement.anchorStatus,
      },
    });
    return { id, removed: true };
  });
}

/** Fixes a flagged statement: an analyst re-selects its words in the current revision. */
export async function reanchorStatement(principal: Principal | null, id: string, raw: unknown) {
  const user = requirePermission(principal, "statement:write");
  const { quote } = parseInput(reanchorInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.statement.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Statement");
    const placed = await placeOnCurrentRevision(tx, before.sourceId, quote);
    const statement = await tx.statement.update({
      where: { id },
      data: { ...placed, version: { increment: 1 } },
      include: statementInclude,
    });
    await recordAudit(tx, user, {
      entityType: "statement",
      entityId: id,
      action: "reanchor_manual",
      ...manualReanchorChange(before, placed),
    });
    return withHedgeList(statement);
  });
}
