import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { compareReportedNumbers, countedEvents, type NumberGroup } from "@/lib/match";

/** Appearances and evidence read per claim; the rest are left out of the comparison. */
const MAX_ORIGINS = 50;

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
          revision: { select: { text: true } },
        },
      },
      appearances: {
        take: MAX_ORIGINS,
        select: {
          source: {
            select: {
              id: true,
              title: true,
              revisions: { orderBy: { number: "desc" }, take: 1, select: { text: true } },
            },
          },
        },
      },
    },
  });
  if (!claim) throw new NotFoundError("Claim");
  const own = countedEvents(claim.text);
  // Figures of a revision are extracted once, however many evidence items quote it: extraction reads the
  // whole text, and on a 2 MB source with 30 evidence items doing it per item took minutes.
  const byRevision = new Map<string, ReturnType<typeof countedEvents>>();
  const figuresOf = (id: string, text: string) =>
    byRevision.get(id) ?? byRevision.set(id, countedEvents(text)).get(id)!;
  const evidence = claim.evidence.map((e) => ({
    origin: e.source.id,
    title: e.source.title,
    numbers: figuresOf(e.revisionId, e.revision.text).filter((n) => n.start >= e.start && n.end <= e.end),
  }));
  const keys = new Set([...own, ...evidence.flatMap((e) => e.numbers)].map(keyOf));
  const appearances = claim.appearances.map((a) => {
    const numbers = countedEvents(a.source.revisions[0]?.text ?? "");
    return {
      origin: a.source.id,
      title: a.source.title,
      numbers: keys.size ? numbers.filter((n) => keys.has(keyOf(n))) : numbers,
    };
  });
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
