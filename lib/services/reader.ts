import "server-only";
// The reader's first paint and its details on demand. A 2 MB source carries up to 2,000 proposals: the
// page sends where each highlight sits and nothing more; a tooltip asks for its few details when opened,
// and the side lists arrive in their own streamed panels (ADR 0029).
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { highlightSpans, readerHighlightInfo, type HighlightInfo } from "@/lib/reader/highlights";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { highlightDetailsInput } from "@/lib/validation/sources";
import { NEEDS_REVIEW, getSourceWithoutText, placedOn } from "./sources";
import { parseHedges, statementInclude } from "./statement-shape";
import { openSuggestionSpans } from "./suggestions";

const byPosition = [{ start: "asc" as const }, { id: "asc" as const }];

/**
 * What the reader needs before anyone can select a word: the source and its current revision without
 * the text (the browser fetches that once per revision, readerText), each highlight's place and colour,
 * the statements evidence may be linked to, and how many spans need review.
 */
export async function readerShell(principal: Principal | null, id: string) {
  requirePermission(principal, "staff:read");
  const source = await getSourceWithoutText(principal, id);
  const db = await getDb();
  const current = source.revision.id;
  const [evidence, statements, suggestions, flaggedEvidence, flaggedStatements, [length]] = await Promise.all([
    db.evidence.findMany({
      where: { sourceId: id, ...placedOn(current) },
      orderBy: byPosition,
      select: { id: true, start: true, end: true, stance: true },
    }),
    db.statement.findMany({
      where: { sourceId: id, ...placedOn(current) },
      orderBy: byPosition,
      select: {
        id: true,
        start: true,
        end: true,
        exact: true,
        speaker: { select: { name: true } },
        via: { select: { name: true } },
      },
    }),
    openSuggestionSpans(principal, id, current),
    db.evidence.count({ where: { sourceId: id, ...NEEDS_REVIEW } }),
    db.statement.count({ where: { sourceId: id, ...NEEDS_REVIEW } }),
    // The length, for "About this source", without reading 2 MB: characters as the database counts them.
    db.$queryRaw<
      Array<{ n: number | bigint }>
    >`SELECT length("text") AS "n" FROM "SourceRevision" WHERE "id" = ${current}`,
  ]);
  return {
    source: { ...source, revision: { ...source.revision, length: Number(length?.n ?? 0) } },
    highlights: highlightSpans({ evidence, statements, suggestions }),
    statements,
    needsReview: flaggedEvidence + flaggedStatements,
  };
}

/** The tooltip details of a few highlights of one source (ids of other sources are not answered). */
export async function readerHighlightDetails(
  principal: Principal | null,
  sourceId: string,
  raw: unknown,
): Promise<HighlightInfo[]> {
  requirePermission(principal, "staff:read");
  const { ids } = parseInput(highlightDetailsInput, raw);
  const db = await getDb();
  const where = { sourceId, id: { in: ids } };
  const [evidence, statements, suggestions] = await Promise.all([
    db.evidence.findMany({
      where,
      select: {
        id: true,
        start: true,
        end: true,
        stance: true,
        note: true,
        anchorStatus: true,
        claim: { select: { id: true, text: true } },
      },
    }),
    db.statement.findMany({ where, include: statementInclude }),
    db.suggestion.findMany({ where }),
  ]);
  const info = readerHighlightInfo({
    evidence,
    statements: statements.map((s) => ({ ...s, hedges: parseHedges(s.hedges) })),
    suggestions: suggestions.map((g) => ({ ...g, hedges: parseHedges(g.hedges) })),
  });
  return ids.flatMap((id) => info[id] ?? []);
}

/**
 * A revision's text, on its own: the reader fetches it by revision id, and since a revision's text never
 * changes (a new text is a new revision) the browser may keep it for good (ADR 0031).
 */
export async function readerText(principal: Principal | null, revisionId: string): Promise<string> {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const revision = await db.sourceRevision.findUnique({ where: { id: revisionId }, select: { text: true } });
  if (!revision) throw new NotFoundError("Revision");
  return revision.text;
}
