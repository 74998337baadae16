import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Db } from "@/lib/db/client";
import { appearanceDate, byFirstAppearance } from "@/lib/dispute/appearances";
import { statementFor } from "@/lib/dispute/link";
import type { ActorRef, DisputeStatement } from "@/lib/dispute/types";
import { NotFoundError } from "@/lib/errors";
import { claimRelations } from "./claims";
import { parseHedges } from "./statement-shape";

const actorRef = { id: true, name: true, kind: true } as const;
const sourceRef = { id: true, title: true, publisher: true, publishedAt: true, url: true, createdAt: true } as const;

/**
 * Everything the claim page shows: the claim, its evidence (each with the statement it quotes), the
 * statements grouped by speaker, its appearances oldest first, and related claims. Nothing in it depends
 * on who reads it (the staff claim page keeps it per claim: claim-page-view.ts, ADR 0030).
 *
 * Read in three rounds of plain, indexed reads rather than nested Prisma includes: each include level is
 * a statement of its own (and an `IN (NULL)` one when the relation is empty), so the nested form cost 22
 * statements a view, and a `some` filter (EXISTS) scans the parent table. Here the claim's own rows come
 * first, then the sources, statements and tags they name (each source once for evidence and
 * appearances), then every actor the page names.
 */
export async function getClaimPage(principal: Principal | null, id: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const [claim, subjectRows, tagRows, appearanceRows, reviewCount, evidenceRows, relations] = await Promise.all([
    db.claim.findUnique({ where: { id } }),
    db.claimSubject.findMany({ where: { claimId: id }, orderBy: { actorId: "asc" } }),
    db.claimTag.findMany({ where: { claimId: id }, orderBy: { tagId: "asc" } }),
    db.claimAppearance.findMany({ where: { claimId: id }, orderBy: { id: "asc" } }),
    db.review.count({ where: { claimId: id } }),
    db.evidence.findMany({ where: { claimId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    claimRelations(db, id),
  ]);
  if (!claim) throw new NotFoundError("Claim");

  const evidenceSourceIds = new Set(evidenceRows.map((e) => e.sourceId));
  const appearanceStatementIds = new Set(appearanceRows.flatMap((a) => (a.statementId ? [a.statementId] : [])));
  const [sources, statementRows, tags] = await Promise.all([
    sourcesById(db, [...evidenceSourceIds, ...appearanceRows.map((a) => a.sourceId)]),
    evidenceSourceIds.size || appearanceStatementIds.size
      ? db.statement.findMany({
          // Only the non-empty branches: SQLite reads `x IN (...) OR 1=0` (Prisma's empty list) with a full scan.
          where: {
            OR: [
              ...(evidenceSourceIds.size ? [{ sourceId: { in: [...evidenceSourceIds] } }] : []),
              ...(appearanceStatementIds.size ? [{ id: { in: [...appearanceStatementIds] } }] : []),
            ],
          },
          orderBy: [{ start: "asc" }, { id: "asc" }],
        })
      : [],
    tagRows.length ? db.tag.findMany({ where: { id: { in: tagRows.map((t) => t.tagId) } } }) : [],
  ]);
  const source = (sourceId: string) => sources.get(sourceId)!;
  const evidence = evidenceRows.map((e) => {
    const { createdAt: _c, ...ref } = source(e.sourceId);
    return { ...e, source: ref };
  });

  // Which statements the page shows: those the evidence quotes, and the appearances' own statements
  // when their source is one the evidence quotes from (the same rule as the dispute view's statements).
  const candidates = statementRows.filter((s) => evidenceSourceIds.has(s.sourceId));
  const quotedIds = new Set(evidence.flatMap((e) => statementFor(e, candidates)?.id ?? []));
  const shownRows = statementRows.filter((s) => quotedIds.has(s.id) || appearanceStatementIds.has(s.id));
  // Every actor the page names, in one read: claimant, subjects, and the shown statements' speakers and intermediaries.
  const actors = await actorsById(db, [
    ...(claim.claimantId ? [claim.claimantId] : []),
    ...subjectRows.map((s) => s.actorId),
    ...shownRows.map((s) => s.speakerId),
    ...shownRows.flatMap((s) => (s.viaId ? [s.viaId] : [])),
  ]);
  const statements = new Map<string, DisputeStatement>(
    shownRows.map((s) => {
      const { createdAt: _c, ...ref } = source(s.sourceId);
      return [
        s.id,
        {
          ...s,
          hedges: parseHedges(s.hedges),
          speaker: actors.get(s.speakerId)!,
          via: s.viaId ? actors.get(s.viaId)! : null,
          source: ref,
        },
      ];
    }),
  );

  const linkedEvidence = evidence.map((e) => {
    const quoted = statementFor(e, candidates);
    return { ...e, statement: quoted ? statements.get(quoted.id)! : null };
  });
  // Grouped by speaker in the order they are met: evidence first, then the appearances' statements.
  const bySpeaker = new Map<string, { actor: ActorRef; statements: DisputeStatement[] }>();
  const grouped = new Set<string>();
  const group = (s: DisputeStatement) => {
    if (grouped.has(s.id)) return;
    grouped.add(s.id);
    const entry = bySpeaker.get(s.speaker.id) ?? { actor: s.speaker, statements: [] };
    entry.statements.push(s);
    bySpeaker.set(s.speaker.id, entry);
  };
  for (const e of linkedEvidence) if (e.statement) group(e.statement);
  for (const s of candidates) if (appearanceStatementIds.has(s.id)) group(statements.get(s.id)!);

  const appearances = appearanceRows.map((a) => {
    const quoted = a.statementId ? statements.get(a.statementId) : undefined;
    return {
      ...a,
      source: source(a.sourceId),
      statement: quoted
        ? { id: quoted.id, exact: quoted.exact, speaker: { id: quoted.speaker.id, name: quoted.speaker.name } }
        : null,
    };
  });
  return {
    claim: {
      ...claim,
      claimant: claim.claimantId ? actors.get(claim.claimantId)! : null,
      subjects: subjectRows.map((s) => ({ ...s, actor: actors.get(s.actorId)! })),
      tags: tagRows.flatMap((t) => {
        const tag = tags.find((x) => x.id === t.tagId);
        return tag ? [{ ...t, tag }] : [];
      }),
      _count: { reviews: reviewCount },
    },
    evidence: linkedEvidence,
    needsReview: linkedEvidence.filter((e) => e.anchorStatus === "needs_review").length,
    statementsByActor: [...bySpeaker.values()].sort((a, b) => a.actor.name.localeCompare(b.actor.name)),
    appearances: byFirstAppearance(appearances).map((a, i) => ({ ...a, ...appearanceDate(a), first: i === 0 })),
    relations,
  };
}

async function sourcesById(db: Db, ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await db.source.findMany({ where: { id: { in: unique } }, select: sourceRef }) : [];
  return new Map(rows.map((s) => [s.id, s]));
}

async function actorsById(db: Db, ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await db.actor.findMany({ where: { id: { in: unique } }, select: actorRef }) : [];
  return new Map(rows.map((a) => [a.id, a]));
}
