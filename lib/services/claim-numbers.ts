import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { compareReportedNumbers, countedEvents, type NumberGroup } from "@/lib/match";

/** Appearances and evidence read per claim; the rest are left out of the comparison. */
const MAX_ORIGINS = 50;

const keyOf = (n: { counts: string; event: string | null }) => `${n.counts} ${n.event}`;

/** What a claim's figures are compared across: its text, the spans its evidence quotes, where it appears. */
export type NumberOrigins = {
  text: string;
  evidence: Array<{ start: number; end: number; revisionId: string; source: { id: string; title: string } }>;
  appearances: Array<{ source: { id: string; title: string } }>;
};

/**
 * The figures a claim, its evidence and the sources it appears in report about the same counted
 * thing and event, grouped, with hedges, and disagreements flagged within the same event only.
 * `sourceId` on each figure lets the reader mark its own.
 */
export async function claimNumbers(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const origin = { select: { id: true, title: true } } as const;
  const [claim, evidence, appearances] = await Promise.all([
    db.claim.findUnique({ where: { id: claimId }, select: { text: true } }),
    db.evidence.findMany({
      where: { claimId },
      take: MAX_ORIGINS,
      select: { start: true, end: true, revisionId: true, source: origin },
    }),
    db.claimAppearance.findMany({ where: { claimId }, take: MAX_ORIGINS, select: { source: origin } }),
  ]);
  if (!claim) throw new NotFoundError("Claim");
  return compareOrigins(db, { text: claim.text, evidence, appearances });
}

/**
 * The same for a claim page, from the evidence and appearances the page has already read
 * (lib/services/claim-page.ts): only the revision texts are read, in one statement.
 */
export async function claimNumbersOf(principal: Principal | null, origins: NumberOrigins) {
  requirePermission(principal, "staff:read");
  return compareOrigins(await getDb(), {
    ...origins,
    evidence: origins.evidence.slice(0, MAX_ORIGINS),
    appearances: origins.appearances.slice(0, MAX_ORIGINS),
  });
}

async function compareOrigins(db: Db, claim: NumberOrigins) {
  const appearanceSourceIds = [...new Set(claim.appearances.map((a) => a.source.id))];
  // Ids only: a revision's text is read just when its figures are not kept yet (revisionFigures).
  const revisions = appearanceSourceIds.length
    ? await db.sourceRevision.findMany({
        where: { sourceId: { in: appearanceSourceIds } },
        select: { id: true, sourceId: true, number: true },
      })
    : [];
  const currentOf = new Map<string, (typeof revisions)[number]>();
  for (const r of revisions) if ((currentOf.get(r.sourceId)?.number ?? -1) < r.number) currentOf.set(r.sourceId, r);

  const own = countedEvents(claim.text);
  const evidence = await Promise.all(
    claim.evidence.map(async (e) => ({
      origin: e.source.id,
      title: e.source.title,
      numbers: (await revisionFigures(db, e.revisionId)).filter((n) => n.start >= e.start && n.end <= e.end),
    })),
  );
  const keys = new Set([...own, ...evidence.flatMap((e) => e.numbers)].map(keyOf));
  const appearances = await Promise.all(
    claim.appearances.map(async (a) => {
      const current = currentOf.get(a.source.id);
      const numbers = current ? await revisionFigures(db, current.id) : [];
      return {
        origin: a.source.id,
        title: a.source.title,
        numbers: keys.size ? numbers.filter((n) => keys.has(keyOf(n))) : numbers,
      };
    }),
  );
  // Origins are compared by source id (two sources may share a title) and shown by title.
  const origins = [{ origin: "", title: "This claim", numbers: own }, ...evidence, ...appearances];
  const titles = new Map(origins.map((o) => [o.origin, o.title]));
  return compareReportedNumbers(origins).map((g) => ({
    ...g,
    numbers: g.numbers.map((n) => ({ ...n, origin: titles.get(n.origin) ?? n.origin, sourceId: n.origin || null })),
  }));
}

/**
 * The figures of a revision, extracted once however many evidence items and page views read them:
 * extraction reads the whole text (on a 2 MB source many seconds, minutes if done per evidence item),
 * and a revision's text never changes after it is stored (a new text is a new revision), so a kept
 * answer cannot go stale. The text is read only when the figures are not kept; the most recently used
 * revisions are kept (ADR 0027, 0029).
 */
const MAX_REVISIONS_KEPT = 2000;
const figuresByRevision = new Map<string, Promise<ReturnType<typeof countedEvents>>>();
function revisionFigures(db: Db, revisionId: string) {
  const kept = figuresByRevision.get(revisionId);
  if (kept) {
    // Most recently used last, so the oldest goes first when the map is full.
    figuresByRevision.delete(revisionId);
    figuresByRevision.set(revisionId, kept);
    return kept;
  }
  const figures = db.sourceRevision
    .findUnique({ where: { id: revisionId }, select: { text: true } })
    .then((r) => countedEvents(r?.text ?? ""));
  figures.catch(() => figuresByRevision.delete(revisionId));
  if (figuresByRevision.size >= MAX_REVISIONS_KEPT) figuresByRevision.delete(figuresByRevision.keys().next().value!);
  figuresByRevision.set(revisionId, figures);
  return figures;
}

export type ClaimNumberGroup = NumberGroup & {
  numbers: Array<NumberGroup["numbers"][number] & { sourceId: string | null }>;
};

/** For the reader: figures in this source that disagree with another source on a claim it bears on. */
export async function disagreeingNumbersInSource(principal: Principal | null, sourceId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const claims = await db.claim.findMany({
    where: { OR: [{ evidence: { some: { sourceId } } }, { appearances: { some: { sourceId } } }] },
    select: { id: true, text: true },
    take: 20,
  });
  const out: Array<{
    claim: { id: string; text: string };
    phrase: string;
    start: number;
    end: number;
    others: string[];
  }> = [];
  for (const claim of claims) {
    for (const group of await claimNumbers(principal, claim.id)) {
      const others = group.numbers.filter((n) => n.sourceId !== sourceId && n.disagrees);
      for (const n of group.numbers)
        if (n.sourceId === sourceId && n.disagrees)
          out.push({
            claim,
            phrase: n.phrase,
            start: n.start,
            end: n.end,
            others: others.map((o) => `${o.phrase} (${o.origin})`),
          });
    }
  }
  return out;
}
