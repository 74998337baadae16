import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { isoDay } from "@/lib/format";
import { chainText, type ChainLink } from "@/lib/export/chain";
import { toCsv, type ExportRow } from "@/lib/export/csv";
import { annotationCollection, evidenceAnnotation } from "@/lib/export/web-annotation";
import { pageOf, parsePageStarts } from "@/lib/sources/archive";
import { parseInput } from "@/lib/validation/parse";
import { exportQuery, type ExportDataset, type ExportQuery } from "@/lib/validation/exports";
import { parseHedges } from "./statement-shape";

type Table = { columns: string[]; rows: ExportRow[] };

export const EXPORT_COLUMNS: Record<ExportDataset, string[]> = {
  claims: [
    "id",
    "slug",
    "text",
    "kind",
    "status",
    "claimant",
    "subjects",
    "tags",
    "summary",
    "appearances",
    "createdAt",
    "updatedAt",
  ],
  evidence: [
    "id",
    "claimId",
    "claim",
    "stance",
    "exact",
    "prefix",
    "suffix",
    "start",
    "end",
    "page",
    "anchorStatus",
    "note",
    "sourceId",
    "source",
    "sourceUrl",
    "revision",
    "revisionHash",
    "statementId",
    "chain",
    "createdAt",
  ],
  statements: [
    "id",
    "sourceId",
    "source",
    "sourceUrl",
    "revision",
    "speaker",
    "via",
    "kind",
    "cue",
    "anonymous",
    "hedges",
    "exact",
    "prefix",
    "suffix",
    "start",
    "end",
    "page",
    "chain",
    "anchorStatus",
    "createdAt",
  ],
  reviews: [
    "id",
    "claimId",
    "claim",
    "reviewer",
    "truthVerdict",
    "attributionVerdict",
    "confidence",
    "rationale",
    "createdAt",
    "updatedAt",
  ],
  cards: [
    "claimId",
    "slug",
    "version",
    "headline",
    "truthVerdict",
    "attributionVerdict",
    "rationale",
    "correctionNote",
    "publishedAt",
    "url",
  ],
};

const claimWhere = (q: ExportQuery) => ({
  ...(q.status ? { status: q.status } : {}),
  ...(q.claimId ? { id: q.claimId } : {}),
});

async function claimsTable(q: ExportQuery): Promise<Table> {
  const db = await getDb();
  const claims = await db.claim.findMany({
    where: {
      ...claimWhere(q),
      ...(q.sourceId
        ? {
            OR: [{ appearances: { some: { sourceId: q.sourceId } } }, { evidence: { some: { sourceId: q.sourceId } } }],
          }
        : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    include: {
      claimant: { select: { name: true } },
      subjects: { select: { actor: { select: { name: true } } } },
      tags: { select: { tag: { select: { name: true } } } },
      appearances: { select: { source: { select: { title: true, url: true } } } },
    },
  });
  return {
    columns: EXPORT_COLUMNS.claims,
    rows: claims.map((c) => ({
      id: c.id,
      slug: c.slug,
      text: c.text,
      kind: c.kind,
      status: c.status,
      claimant: c.claimant?.name ?? null,
      subjects: c.subjects.map((s) => s.actor.name),
      tags: c.tags.map((t) => t.tag.name),
      summary: c.summary,
      appearances: c.appearances.map((a) => a.source.url ?? a.source.title),
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    })),
  };
}

const chainSelect = {
  id: true,
  viaText: true,
  reportedById: true,
  speaker: { select: { name: true } },
  via: { select: { name: true } },
} as const;

/** Every statement a chain may pass through, loaded in rounds until the chains end. */
async function chainLinks(startIds: string[]) {
  const db = await getDb();
  const byId = new Map<string, ChainLink>();
  let next = [...new Set(startIds)];
  for (let round = 0; next.length && round < 10; round++) {
    const rows = await db.statement.findMany({ where: { id: { in: next } }, select: chainSelect });
    for (const r of rows) byId.set(r.id, r);
    next = rows.map((r) => r.reportedById).filter((id): id is string => !!id && !byId.has(id));
  }
  return byId;
}

async function revisionInfo(ids: string[], withText: boolean) {
  const db = await getDb();
  const rows = await db.sourceRevision.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, number: true, contentHash: true, pageStarts: true, text: withText },
  });
  return new Map(rows.map((r) => [r.id, { ...r, pages: parsePageStarts(r.pageStarts) }]));
}

const pageAt = (pages: number[], offset: number) => (pages.length ? pageOf(pages, offset) : null);

async function evidenceRows(q: ExportQuery, withText: boolean) {
  const db = await getDb();
  const evidence = await db.evidence.findMany({
    where: {
      ...(q.sourceId ? { sourceId: q.sourceId } : {}),
      ...(q.status || q.claimId ? { claim: claimWhere(q) } : {}),
    },
    orderBy: [{ claimId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    include: {
      claim: { select: { text: true } },
      source: { select: { title: true, url: true } },
    },
  });
  // Evidence quoting a recorded statement carries its chain: linked, or the statement whose span holds the quote.
  const statements = await db.statement.findMany({
    where: { revisionId: { in: [...new Set(evidence.map((e) => e.revisionId))] } },
    select: { id: true, revisionId: true, start: true, end: true },
  });
  const statementOf = (e: (typeof evidence)[number]) =>
    e.statementId ??
    statements
      .filter((s) => s.revisionId === e.revisionId && s.start <= e.start && e.end <= s.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0]?.id ??
    null;
  const withStatement = evidence.map((e) => ({ ...e, statementId: statementOf(e) }));
  const [links, revisions] = await Promise.all([
    chainLinks(withStatement.map((e) => e.statementId).filter((id): id is string => !!id)),
    revisionInfo(
      evidence.map((e) => e.revisionId),
      withText,
    ),
  ]);
  return withStatement.map((e) => ({ e, revision: revisions.get(e.revisionId)!, links }));
}

async function evidenceTable(q: ExportQuery): Promise<Table> {
  const rows = await evidenceRows(q, false);
  return {
    columns: EXPORT_COLUMNS.evidence,
    rows: rows.map(({ e, revision, links }) => ({
      id: e.id,
      claimId: e.claimId,
      claim: e.claim.text,
      stance: e.stance,
      exact: e.exact,
      prefix: e.prefix,
      suffix: e.suffix,
      start: e.start,
      end: e.end,
      page: pageAt(revision.pages, e.start),
      anchorStatus: e.anchorStatus,
      note: e.note,
      sourceId: e.sourceId,
      source: e.source.title,
      sourceUrl: e.source.url,
      revision: revision.number,
      revisionHash: revision.contentHash,
      statementId: e.statementId,
      chain: chainText(e.statementId ? (links.get(e.statementId) ?? null) : null, links),
      createdAt: e.createdAt,
    })),
  };
}

async function statementsTable(q: ExportQuery): Promise<Table> {
  const db = await getDb();
  const statements = await db.statement.findMany({
    where: {
      ...(q.sourceId ? { sourceId: q.sourceId } : {}),
      ...(q.claimId
        ? { OR: [{ evidence: { some: { claimId: q.claimId } } }, { appearances: { some: { claimId: q.claimId } } }] }
        : {}),
    },
    orderBy: [{ sourceId: "asc" }, { start: "asc" }, { id: "asc" }],
    include: {
      source: { select: { title: true, url: true } },
      speaker: { select: { name: true } },
      via: { select: { name: true } },
    },
  });
  const [links, revisions] = await Promise.all([
    chainLinks(statements.map((s) => s.id)),
    revisionInfo(
      statements.map((s) => s.revisionId),
      false,
    ),
  ]);
  return {
    columns: EXPORT_COLUMNS.statements,
    rows: statements.map((s) => {
      const revision = revisions.get(s.revisionId)!;
      return {
        id: s.id,
        sourceId: s.sourceId,
        source: s.source.title,
        sourceUrl: s.source.url,
        revision: revision.number,
        speaker: s.speaker.name,
        via: s.via?.name ?? s.viaText,
        kind: s.kind,
        cue: s.cue,
        anonymous: s.anonymous,
        hedges: parseHedges(s.hedges),
        exact: s.exact,
        prefix: s.prefix,
        suffix: s.suffix,
        start: s.start,
        end: s.end,
        page: pageAt(revision.pages, s.start),
        chain: chainText(links.get(s.id) ?? null, links),
        anchorStatus: s.anchorStatus,
        createdAt: s.createdAt,
      };
    }),
  };
}

async function reviewsTable(q: ExportQuery): Promise<Table> {
  const db = await getDb();
  const reviews = await db.review.findMany({
    where: q.status || q.claimId ? { claim: claimWhere(q) } : undefined,
    orderBy: [{ claimId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    include: { claim: { select: { text: true } }, reviewer: { select: { name: true } } },
  });
  return {
    columns: EXPORT_COLUMNS.reviews,
    rows: reviews.map((r) => ({
      id: r.id,
      claimId: r.claimId,
      claim: r.claim.text,
      reviewer: r.reviewer.name,
      truthVerdict: r.truthVerdict,
      attributionVerdict: r.attributionVerdict,
      confidence: r.confidence,
      rationale: r.rationale,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    })),
  };
}

async function cardsTable(q: ExportQuery, baseUrl: string): Promise<Table> {
  const db = await getDb();
  const cards = await db.cardVersion.findMany({
    where: q.status || q.claimId ? { claim: claimWhere(q) } : undefined,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
  return {
    columns: EXPORT_COLUMNS.cards,
    rows: cards.map((c) => ({
      claimId: c.claimId,
      slug: c.slug,
      version: c.number,
      headline: c.headline,
      truthVerdict: c.truthVerdict,
      attributionVerdict: c.attributionVerdict,
      rationale: c.rationale,
      correctionNote: c.correctionNote,
      publishedAt: c.publishedAt,
      url: `${baseUrl}/cards/${c.slug}`,
    })),
  };
}

export type ExportFile = { filename: string; contentType: string; body: string; count: number };

const jsonValue = (row: ExportRow) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));

/**
 * A dataset as a file. Reviews are for editors and admins only: they see every review anyway
 * (lib/services/reviews.ts canSeeAllReviews), so blind reviewing is never undone by an export.
 */
export async function exportDataset(principal: Principal | null, raw: unknown, baseUrl: string): Promise<ExportFile> {
  const user = requirePermission(principal, "staff:read");
  const q = parseInput(exportQuery, raw);
  if (q.dataset === "reviews") requirePermission(user, "card:publish");
  const stamp = isoDay(new Date());
  const name = `claimdesk-${q.dataset}${q.status ? `-${q.status}` : ""}-${stamp}`;
  if (q.format === "jsonld") {
    const rows = await evidenceRows(q, true);
    const annotations = rows.map(({ e, revision }) =>
      evidenceAnnotation(
        {
          ...e,
          claimText: e.claim.text,
          sourceUrl: e.source.url,
          revisionText: revision.text ?? "",
        },
        baseUrl,
      ),
    );
    const collection = annotationCollection(
      annotations,
      `${baseUrl}/api/v1/exports/evidence?format=jsonld`,
      "Claimdesk evidence",
    );
    return {
      filename: `${name}.jsonld`,
      contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      body: JSON.stringify(collection, null, 2),
      count: annotations.length,
    };
  }
  const table = await loadTable(q, baseUrl);
  if (q.format === "csv")
    return {
      filename: `${name}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: toCsv(table.columns, table.rows),
      count: table.rows.length,
    };
  return {
    filename: `${name}.json`,
    contentType: "application/json; charset=utf-8",
    body: JSON.stringify(table.rows.map(jsonValue), null, 2),
    count: table.rows.length,
  };
}

function loadTable(q: ExportQuery, baseUrl: string): Promise<Table> {
  switch (q.dataset) {
    case "claims":
      return claimsTable(q);
    case "evidence":
      return evidenceTable(q);
    case "statements":
      return statementsTable(q);
    case "reviews":
      return reviewsTable(q);
    case "cards":
      return cardsTable(q, baseUrl);
  }
}
