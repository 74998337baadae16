import "server-only";
import { selectorsFor } from "@/lib/anchoring";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { inferActorKind } from "@/lib/actors/kind";
import { extractQuotes } from "@/lib/extract";
import { parseInput } from "@/lib/validation/parse";
import { suggestionAcceptInput, suggestionListQuery, suggestionPageQuery } from "@/lib/validation/statements";
import { actorChoice, findOrCreateActor } from "./actors";
import { recordAudit } from "./audit";
import { currentRevision } from "./revision-anchors";
import { parseHedges, statementInclude, withHedgeList } from "./statement-shape";

/** Keeps a pathological source from flooding the reader with proposals. */
export const MAX_SUGGESTIONS_PER_REVISION = 2000;

/** Extractor output is stored as pending suggestions; nothing counts until an analyst accepts one. */
export async function storeSuggestions(tx: Tx, sourceId: string, revisionId: string, text: string) {
  const quotes = extractQuotes(text).slice(0, MAX_SUGGESTIONS_PER_REVISION);
  if (!quotes.length) return 0;
  await tx.suggestion.createMany({
    data: quotes.map((q) => ({
      sourceId,
      revisionId,
      text: q.text,
      start: q.start,
      end: q.end,
      speakerName: q.speaker,
      viaName: q.via,
      cue: q.cue,
      kind: q.kind,
      anonymous: q.anonymous,
      hedges: q.hedges,
      confidence: q.confidence,
    })),
  });
  return quotes.length;
}

/** The id of the source's current revision (not its text), or NotFoundError. */
async function currentRevisionId(db: Tx, sourceId: string): Promise<string> {
  const revision = await db.sourceRevision.findFirst({
    where: { sourceId },
    orderBy: { number: "desc" },
    select: { id: true },
  });
  if (!revision) throw new NotFoundError("Source");
  return revision.id;
}

/**
 * Pending proposals of a revision that no statement answers yet: a statement recorded by hand over the
 * same words (give or take the quote's trailing comma) already answers the proposal. The one home of
 * that rule, in SQL so the reader can count and page without loading every proposal; `after` and
 * `limit` page by position (start, then id). Quoted identifiers read the same on SQLite and PostgreSQL.
 */
function openProposals(
  db: Tx,
  sourceId: string,
  revisionId: string,
  page: { after?: { start: number; id: string }; limit?: number } = {},
) {
  const afterStart = page.after?.start ?? -1;
  const afterId = page.after?.id ?? "";
  const limit = page.limit ?? MAX_SUGGESTIONS_PER_REVISION;
  return db.$queryRaw<Array<{ id: string; start: number; end: number }>>`
    SELECT s."id", s."start", s."end" FROM "Suggestion" s
    WHERE s."sourceId" = ${sourceId} AND s."revisionId" = ${revisionId} AND s."status" = 'pending'
      AND NOT EXISTS (
        SELECT 1 FROM "Statement" t
        WHERE t."sourceId" = s."sourceId" AND t."revisionId" = s."revisionId"
          AND ((t."start" <= s."start" AND s."end" <= t."end") OR (s."start" <= t."start" AND t."end" <= s."end"))
      )
      AND (s."start" > ${afterStart} OR (s."start" = ${afterStart} AND s."id" > ${afterId}))
    ORDER BY s."start", s."id"
    LIMIT ${limit}`;
}

async function countOpenProposals(db: Tx, sourceId: string, revisionId: string): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ n: number | bigint }>>`
    SELECT COUNT(*) AS "n" FROM "Suggestion" s
    WHERE s."sourceId" = ${sourceId} AND s."revisionId" = ${revisionId} AND s."status" = 'pending'
      AND NOT EXISTS (
        SELECT 1 FROM "Statement" t
        WHERE t."sourceId" = s."sourceId" AND t."revisionId" = s."revisionId"
          AND ((t."start" <= s."start" AND s."end" <= t."end") OR (s."start" <= t."start" AND t."end" <= s."end"))
      )`;
  return Number(row?.n ?? 0);
}

/** Full rows for the ids, in the ids' order, shaped for lists (hedges parsed, new actors' kinds). */
async function proposalRows(db: Tx, ids: string[]) {
  if (!ids.length) return [];
  const rows = await db.suggestion.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((s) => s !== undefined)
    .map((s) => ({ ...s, hedges: parseHedges(s.hedges), ...kindsOf(s) }));
}

/** Proposals of the source's current revision (default: pending ones no statement answers yet). */
export async function listSuggestions(principal: Principal | null, sourceId: string, rawQuery: unknown = {}) {
  requirePermission(principal, "staff:read");
  const { status } = parseInput(suggestionListQuery, rawQuery);
  const db = await getDb();
  const revisionId = await currentRevisionId(db, sourceId);
  if (status === "pending")
    return proposalRows(
      db,
      (await openProposals(db, sourceId, revisionId)).map((s) => s.id),
    );
  const suggestions = await db.suggestion.findMany({
    where: { sourceId, revisionId, status },
    orderBy: [{ start: "asc" }, { id: "asc" }],
  });
  return suggestions.map((s) => ({ ...s, hedges: parseHedges(s.hedges), ...kindsOf(s) }));
}

/** Where the open proposals of a revision sit in its text, for the reader's highlights (no details). */
export async function openSuggestionSpans(principal: Principal | null, sourceId: string, revisionId: string) {
  requirePermission(principal, "staff:read");
  return openProposals(await getDb(), sourceId, revisionId);
}

/**
 * One page of the reader's suggestion list (the open proposals of the current revision, by position)
 * and how many there are in all, counted in SQL.
 */
export async function suggestionPage(principal: Principal | null, sourceId: string, rawQuery: unknown = {}) {
  requirePermission(principal, "staff:read");
  const { after, limit } = parseInput(suggestionPageQuery, rawQuery);
  const db = await getDb();
  const revisionId = await currentRevisionId(db, sourceId);
  const [spans, total] = await Promise.all([
    openProposals(db, sourceId, revisionId, { after, limit: limit + 1 }),
    countOpenProposals(db, sourceId, revisionId),
  ]);
  const items = await proposalRows(
    db,
    spans.slice(0, limit).map((s) => s.id),
  );
  return { items, total, hasMore: spans.length > limit };
}

type SuggestionKindData = { speakerName: string | null; viaName: string | null; anonymous: boolean };

/** The kinds new actors for the speaker and intermediary would get; the analyst may change them. */
function kindsOf(s: SuggestionKindData) {
  // The extractor's own judgement (`speakerKind`, issue 14) is used when the suggestion carries it.
  const extractorKind = (s as { speakerKind?: string | null }).speakerKind ?? null;
  return {
    speakerKind: s.speakerName
      ? inferActorKind(s.speakerName, { anonymous: s.anonymous, extractorKind, role: "speaker" })
      : null,
    viaKind: s.viaName ? inferActorKind(s.viaName, { role: "via" }) : null,
  };
}

async function pendingSuggestion(tx: Tx, id: string) {
  const suggestion = await tx.suggestion.findUnique({
    where: { id },
    include: { revision: { select: { id: true, text: true, number: true } } },
  });
  if (!suggestion) throw new NotFoundError("Suggestion");
  if (suggestion.status !== "pending")
    throw new ConflictError(`This suggestion was already ${suggestion.status}.`, { status: suggestion.status });
  const current = await currentRevision(tx, suggestion.sourceId);
  if (current?.id !== suggestion.revisionId) {
    throw new ConflictError(
      `This suggestion belongs to revision ${suggestion.revision.number}; the source is now at revision ${current?.number}.`,
      { currentRevision: current?.number },
    );
  }
  return suggestion;
}

/**
 * An analyst confirms a proposal: it becomes a Statement. Speaker and intermediary are matched to
 * existing actors by name or alias (any case) or created; anonymous speakers become "anonymous" actors.
 */
export async function acceptSuggestion(principal: Principal | null, id: string, raw: unknown = {}) {
  const user = requirePermission(principal, "statement:write");
  const overrides = parseInput(suggestionAcceptInput, raw ?? {});
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const suggestion = await pendingSuggestion(tx, id);
    const anonymous = overrides.anonymous ?? suggestion.anonymous;
    const speakerName = overrides.speakerName ?? suggestion.speakerName;
    const speakerId = overrides.speakerId
      ? await actorChoice(tx, user, overrides.speakerId, undefined, "speakerId")
      : speakerName
        ? await findOrCreateActor(
            tx,
            user,
            speakerName,
            overrides.speakerKind ?? kindsOf({ ...suggestion, speakerName, anonymous }).speakerKind!,
          )
        : null;
    if (!speakerId)
      throw new ValidationError("The extractor found no speaker; name one to accept.", {
        speakerName: ["Name the speaker."],
      });
    const viaName =
      overrides.viaName === null ? null : (overrides.viaName ?? (overrides.viaId ? undefined : suggestion.viaName));
    const viaId = overrides.viaId
      ? await actorChoice(tx, user, overrides.viaId, undefined, "viaId")
      : viaName
        ? await findOrCreateActor(tx, user, viaName, overrides.viaKind ?? inferActorKind(viaName, { role: "via" }))
        : null;
    const cue = overrides.cue ?? suggestion.cue;
    const hedges = overrides.hedges ?? parseHedges(suggestion.hedges);
    const kind = overrides.kind ?? suggestion.kind;
    const { exact, prefix, suffix, start, end } = selectorsFor(
      suggestion.revision.text,
      suggestion.start,
      suggestion.end,
    );
    const statement = await tx.statement.create({
      data: {
        sourceId: suggestion.sourceId,
        revisionId: suggestion.revisionId,
        speakerId,
        viaId,
        viaText: overrides.viaText ?? (viaName && cue ? `${cue} ${viaName}` : null),
        cue,
        kind,
        anonymous,
        hedges,
        exact,
        prefix,
        suffix,
        start,
        end,
        createdById: authorId(user),
      },
      include: statementInclude,
    });
    await tx.suggestion.update({ where: { id }, data: { status: "accepted", statementId: statement.id } });
    await recordAudit(tx, user, {
      entityType: "statement",
      entityId: statement.id,
      action: "create",
      after: {
        fromSuggestion: id,
        sourceId: suggestion.sourceId,
        speakerId,
        viaId,
        cue,
        kind,
        anonymous,
        hedges,
        exact,
        start,
        end,
        overrides,
      },
    });
    return withHedgeList(statement);
  });
}

export async function dismissSuggestion(principal: Principal | null, id: string) {
  const user = requirePermission(principal, "statement:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const suggestion = await pendingSuggestion(tx, id);
    await tx.suggestion.update({ where: { id }, data: { status: "dismissed" } });
    // Suggestions are not audit entities of their own; the dismissal is recorded on the source.
    await recordAudit(tx, user, {
      entityType: "source",
      entityId: suggestion.sourceId,
      action: "dismiss_suggestion",
      after: { suggestionId: id, text: suggestion.text, speakerName: suggestion.speakerName },
    });
    return { id, status: "dismissed" as const };
  });
}
