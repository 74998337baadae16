import "server-only";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { DuplicateError, NotFoundError } from "@/lib/errors";
import type { RevisionArchive } from "@/lib/sources/archive";
import { contentHash, normaliseSourceText } from "@/lib/sources/text";
import { parseInput } from "@/lib/validation/parse";
import { pageQuery } from "@/lib/validation/common";
import { sourceCreateInput, sourceUpdateInput } from "@/lib/validation/sources";
import { recordAudit } from "./audit";
import { cursorArgs, toPage } from "./pagination";
import { countsBySource } from "./relation-counts";
import { applyVersionedUpdate } from "./record-edit";
import { listRevisions } from "./revisions";
import { parseHedges, statementInclude } from "./statement-shape";
import { storeSuggestions } from "./suggestions";
import { storeClaimMatches } from "./claim-matches";

type Duplicate = { sourceId: string; source: { title: string } };

async function sourceWithHash(db: Tx | Db, hash: string): Promise<Duplicate | null> {
  return db.sourceRevision.findFirst({
    where: { contentHash: hash },
    orderBy: { createdAt: "asc" },
    select: { sourceId: true, source: { select: { title: true } } },
  });
}

const duplicateSource = (same: Duplicate) =>
  new DuplicateError(
    `This text is already imported as "${same.source.title}" (source ${same.sourceId}).`,
    same.sourceId,
  );

/** Throws the DuplicateError an import of `text` would get (the CLI checks every file before importing any). */
export async function assertNotImported(principal: Principal | null, text: string) {
  requirePermission(principal, "source:write");
  const same = await sourceWithHash(await getDb(), contentHash(normaliseSourceText(text)));
  if (same) throw duplicateSource(same);
}

/** `archive`: the fetched page or PDF kept beside the text (lib/services/source-import.ts). */
export async function createSource(principal: Principal | null, raw: unknown, archive?: RevisionArchive) {
  const actor = requirePermission(principal, "source:write");
  const input = parseInput(sourceCreateInput, raw);
  const text = normaliseSourceText(input.text);
  const hash = contentHash(text);
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      if (!input.allowDuplicate) {
        const same = await sourceWithHash(tx, hash);
        if (same) throw duplicateSource(same);
      }
      const source = await tx.source.create({
        data: {
          title: input.title,
          kind: input.kind,
          publisher: input.publisher,
          author: input.author,
          url: input.url,
          publishedAt: input.publishedAt,
          createdById: authorId(actor),
        },
      });
      const revision = await tx.sourceRevision.create({
        data: {
          sourceId: source.id,
          number: 1,
          text,
          contentHash: hash,
          createdById: authorId(actor),
          ...archive,
        },
      });
      await storeSuggestions(tx, source.id, revision.id, text);
      await storeClaimMatches(tx, source.id, revision.id, text);
      await recordAudit(tx, actor, {
        entityType: "source",
        entityId: source.id,
        action: "create",
        after: {
          title: source.title,
          publisher: source.publisher,
          url: source.url,
          contentHash: revision.contentHash,
          length: text.length,
        },
      });
      return {
        ...source,
        revision: { id: revision.id, number: 1, contentHash: revision.contentHash, length: text.length },
      };
    },
    { timeout: 60_000 },
  );
}

/** Corrects a source's metadata. The text never changes here: a changed text is a new revision. */
export async function updateSource(principal: Principal | null, id: string, raw: unknown) {
  const user = requirePermission(principal, "source:write");
  const { version, ...changes } = parseInput(sourceUpdateInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.source.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Source");
    await applyVersionedUpdate(tx, user, {
      entityType: "source",
      label: "source",
      id,
      version,
      before,
      changes,
      write: (data) => tx.source.updateMany({ where: { id, version }, data }),
    });
    return tx.source.findUniqueOrThrow({ where: { id } });
  });
}

export async function getSource(principal: Principal | null, id: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const source = await db.source.findUnique({
    where: { id },
    include: { revisions: { orderBy: { number: "desc" }, take: 1, omit: { snapshot: true } } },
  });
  if (!source || !source.revisions[0]) throw new NotFoundError("Source");
  const { revisions, ...rest } = source;
  return { ...rest, revision: revisions[0] };
}

/**
 * The source and its current revision without the revision's text: what the reader's page and side
 * lists show (the browser fetches the text itself, once per revision; ADR 0031).
 */
export async function getSourceWithoutText(principal: Principal | null, id: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const source = await db.source.findUnique({
    where: { id },
    include: { revisions: { orderBy: { number: "desc" }, take: 1, omit: { snapshot: true, text: true } } },
  });
  if (!source || !source.revisions[0]) throw new NotFoundError("Source");
  const { revisions, ...rest } = source;
  return { ...rest, revision: revisions[0] };
}

export async function listSources(principal: Principal | null, rawQuery: unknown = {}) {
  requirePermission(principal, "staff:read");
  const { cursor, limit } = parseInput(pageQuery, rawQuery);
  const db = await getDb();
  const rows = await db.source.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      kind: true,
      publisher: true,
      author: true,
      url: true,
      publishedAt: true,
      createdAt: true,
    },
    ...cursorArgs(cursor, limit),
  });
  const counts = await countsBySource(
    db,
    rows.map((r) => r.id),
  );
  return toPage(
    rows.map((r) => ({
      ...r,
      _count: { evidence: counts.evidence.get(r.id) ?? 0, statements: counts.statements.get(r.id) ?? 0 },
    })),
    limit,
  );
}

/** The newest sources as choices for a picker: id and title only, none of the list's counts. */
export async function listSourceChoices(principal: Principal | null, limit = 100) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  return db.source.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true },
    take: limit,
  });
}

/** Spans the reader highlights: on the current revision and not waiting for a person to re-anchor them. */
export const placedOn = (revisionId: string) => ({ revisionId, anchorStatus: { not: "needs_review" as const } });
/** Spans a revision could not place with certainty (ADR 0004), on whichever revision they were made. */
export const NEEDS_REVIEW = { anchorStatus: "needs_review" as const };

const byPosition = [{ start: "asc" as const }, { id: "asc" as const }];

/**
 * The reader's side lists: the source's current revision, its evidence and statements (placed ones to
 * list, flagged ones to fix) and the revision history. Suggestions are paged apart (suggestionPage) and
 * the text's highlights come from readerShell (lib/services/reader.ts).
 */
export async function getReaderData(principal: Principal | null, id: string) {
  const source = await getSourceWithoutText(principal, id);
  const db = await getDb();
  const current = source.revision.id;
  const evidence = (where: object) =>
    db.evidence.findMany({
      where: { sourceId: id, ...where },
      orderBy: byPosition,
      include: { claim: { select: { id: true, text: true, status: true } } },
    });
  const statements = async (where: object) =>
    (
      await db.statement.findMany({ where: { sourceId: id, ...where }, orderBy: byPosition, include: statementInclude })
    ).map((s) => ({ ...s, hedges: parseHedges(s.hedges) }));
  const [placedEvidence, placedStatements, flaggedEvidence, flaggedStatements, revisions] = await Promise.all([
    evidence(placedOn(current)),
    statements(placedOn(current)),
    evidence(NEEDS_REVIEW),
    statements(NEEDS_REVIEW),
    listRevisions(principal, id),
  ]);
  return {
    source,
    evidence: placedEvidence,
    statements: placedStatements,
    needsReview: { evidence: flaggedEvidence, statements: flaggedStatements },
    revisions,
  };
}
