import "server-only";
import { selectorsFor } from "@/lib/anchoring";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { inferActorKind } from "@/lib/actors/kind";
import { extractQuotes } from "@/lib/extract";
import { parseInput } from "@/lib/validation/parse";
import { suggestionAcceptInput, suggestionListQuery } from "@/lib/validation/statements";
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

/** Pending proposals of the source's current revision, minus spans already recorded as statements. */
export async function listSuggestions(principal: Principal | null, sourceId: string, rawQuery: unknown = {}) {
  requirePermission(principal, "staff:read");
  const { status } = parseInput(suggestionListQuery, rawQuery);
  const db = await getDb();
  const revision = await currentRevision(db, sourceId);
  if (!revision) throw new NotFoundError("Source");
  const [suggestions, statements] = await Promise.all([
    db.suggestion.findMany({
      where: { sourceId, revisionId: revision.id, status },
      orderBy: [{ start: "asc" }, { id: "asc" }],
    }),
    status === "pending"
      ? db.statement.findMany({ where: { revisionId: revision.id }, select: { start: true, end: true } })
      : [],
  ]);
  // A statement recorded by hand over the same words (give or take the quote's trailing comma)
  // already answers the proposal.
  const covered = (s: { start: number; end: number }) =>
    statements.some((t) => (t.start <= s.start && s.end <= t.end) || (s.start <= t.start && t.end <= s.end));
  return suggestions.filter((s) => !covered(s)).map((s) => ({ ...s, hedges: parseHedges(s.hedges), ...kindsOf(s) }));
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
