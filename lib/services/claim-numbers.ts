import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { compareReportedNumbers, countedEvents, type NumberGroup } from "@/lib/match";

/** Appearances and evidence read per claim; the rest are left out of the comparison. */
const MAX_ORIGINS = 50;

/** Revisions whose figures are kept per process: a revision's text never changes, so neither do they. */
const REVISIONS_KEPT = 16;
const figuresByRevision = new Map<string, Promise<ReturnType<typeof countedEvents>>>();

/**
 * The figures of a revision's text, extracted once per process (the text is read only when they are not
 * kept). Extraction reads the whole text: on a 2 MB source that is many seconds, on every reader and claim
 * page view that quotes it before this was kept (ADR 0029).
 */
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
  figuresByRevision.set(revisionId, figures);
  if (figuresByRevision.size > REVISIONS_KEPT) figuresByRevision.delete(figuresByRevision.keys().next().value!);
  return figures;
}

const keyOf = (n: { counts: string; event: string | null }) => `${n.counts} ${n.event}`;

/**
 * The figures a claim, its evidence and the sources it appears in report about the same counted
 * thing and event, grouped, with hedges, and disagreements flagged within the same event only.
 * `sourceId` on each figure lets the reader mark its own.
 */
export async function claimNumbers(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      text: true,
      evidence: {
        take: MAX_ORIGINS,
        select: {
          start: true,
          end: true,
          revisionId: true,
          source: { select: { id: true, title: true } },
        },
      },
      appearances: {
        take: MAX_ORIGINS,
        select: {
          source: {
            select: {
              id: true,
              title: true,
              revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true } },
            },
          },
        },
      },
    },
  });
  if (!claim) throw new NotFoundError("Claim");
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
      const latest = a.source.revisions[0];
      const numbers = latest ? await revisionFigures(db, latest.id) : [];
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
