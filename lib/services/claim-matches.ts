import "server-only";
import { selectorsFor } from "@/lib/anchoring";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { matchText } from "@/lib/match";
import { parseInput } from "@/lib/validation/parse";
import { claimMatchAcceptInput, claimMatchListQuery } from "@/lib/validation/claim-matches";
import { recordAudit } from "./audit";
import { currentClaimIndex } from "./claim-index";

/** Claims kept per passage: the best one and the nearest alternatives. */
const CLAIMS_PER_PASSAGE = 3;
/** Keeps a pathological source from flooding the reader with proposals. */
const MAX_MATCHES_PER_REVISION = 1000;

/** Matcher proposals for a new revision, stored as pending claim matches (called on import and revision). */
export async function storeClaimMatches(tx: Tx, sourceId: string, revisionId: string, text: string) {
  // The process's index of committed claims, read through its own connections (lib/services/claim-index.ts).
  const { index } = await currentClaimIndex();
  const rows = matchText(index, text).flatMap((m) =>
    m.claims.slice(0, CLAIMS_PER_PASSAGE).map((c, i) => ({
      sourceId,
      revisionId,
      claimId: c.id,
      text: m.text,
      start: m.start,
      end: m.end,
      score: c.score,
      rank: i + 1,
      stance: c.stance,
    })),
  );
  if (rows.length) await tx.claimMatch.createMany({ data: rows.slice(0, MAX_MATCHES_PER_REVISION) });
  return rows.length;
}

const claimSummary = { select: { id: true, slug: true, text: true, status: true } } as const;

/** The source's current-revision matches (default: pending), by position then rank. */
export async function listClaimMatches(principal: Principal | null, sourceId: string, rawQuery: unknown = {}) {
  requirePermission(principal, "staff:read");
  const { status } = parseInput(claimMatchListQuery, rawQuery);
  const db = await getDb();
  const revision = await db.sourceRevision.findFirst({
    where: { sourceId },
    orderBy: { number: "desc" },
    select: { id: true },
  });
  if (!revision) throw new NotFoundError("Source");
  return db.claimMatch.findMany({
    where: { sourceId, revisionId: revision.id, status },
    orderBy: [{ start: "asc" }, { rank: "asc" }, { id: "asc" }],
    include: { claim: claimSummary },
  });
}

/**
 * Pending matches for a claim in the current revisions of other sources: possible evidence. One
 * statement when there are none (the usual case); otherwise the sources and their revision numbers
 * are read once for all matches rather than through nested includes.
 */
export async function listPossibleEvidence(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const matches = await db.claimMatch.findMany({
    where: { claimId, status: "pending" },
    orderBy: [{ score: "desc" }, { id: "asc" }],
    take: 200,
  });
  if (!matches.length) return [];
  const sourceIds = [...new Set(matches.map((m) => m.sourceId))];
  const [sources, revisions] = await Promise.all([
    db.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true, publisher: true } }),
    db.sourceRevision.findMany({
      where: { sourceId: { in: sourceIds } },
      select: { id: true, sourceId: true, number: true },
    }),
  ]);
  const current = new Map<string, { id: string; number: number }>();
  for (const r of revisions) if ((current.get(r.sourceId)?.number ?? -1) < r.number) current.set(r.sourceId, r);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return matches
    .filter((m) => current.get(m.sourceId)?.id === m.revisionId)
    .slice(0, 50)
    .map((m) => ({ ...m, source: sourceById.get(m.sourceId)! }));
}

async function pendingMatch(tx: Tx, id: string) {
  const match = await tx.claimMatch.findUnique({
    where: { id },
    include: { revision: { select: { id: true, text: true, number: true } }, claim: claimSummary },
  });
  if (!match) throw new NotFoundError("Claim match");
  if (match.status !== "pending")
    throw new ConflictError(`This match was already ${match.status}.`, { status: match.status });
  const current = await tx.sourceRevision.findFirst({
    where: { sourceId: match.sourceId },
    orderBy: { number: "desc" },
    select: { id: true, number: true },
  });
  if (current?.id !== match.revisionId)
    throw new ConflictError(
      `This match belongs to revision ${match.revision.number}; the source is now at revision ${current?.number}.`,
      { currentRevision: current?.number },
    );
  return match;
}

/** The recorded statement whose words cover most of the passage, if any. */
async function statementUnder(tx: Tx, revisionId: string, start: number, end: number) {
  const statements = await tx.statement.findMany({
    where: { revisionId, start: { lt: end }, end: { gt: start } },
    select: { id: true, start: true, end: true },
  });
  const overlap = (s: { start: number; end: number }) => Math.min(s.end, end) - Math.max(s.start, start);
  const best = statements.sort((a, b) => overlap(b) - overlap(a))[0];
  return best && 2 * overlap(best) >= Math.min(best.end - best.start, end - start) ? best.id : null;
}

/**
 * Accept a match: as evidence for the claim (the guessed stance unless another is chosen), or as an
 * appearance of the claim in the source. Either links the statement under the passage when there is one.
 */
export async function acceptClaimMatch(principal: Principal | null, id: string, raw: unknown = {}) {
  const user = requirePermission(principal, "evidence:write");
  const input = parseInput(claimMatchAcceptInput, raw ?? {});
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const match = await pendingMatch(tx, id);
    const statementId = await statementUnder(tx, match.revisionId, match.start, match.end);
    if (input.as === "appearance") {
      const existing = await tx.claimAppearance.findUnique({
        where: { claimId_sourceId: { claimId: match.claimId, sourceId: match.sourceId } },
      });
      const appearance =
        existing ??
        (await tx.claimAppearance.create({ data: { claimId: match.claimId, sourceId: match.sourceId, statementId } }));
      await tx.claimMatch.update({ where: { id }, data: { status: "accepted", appearanceId: appearance.id } });
      await recordAudit(tx, user, {
        entityType: "claim",
        entityId: match.claimId,
        claimId: match.claimId,
        action: "add_appearance",
        after: { appearanceId: appearance.id, sourceId: match.sourceId, statementId, fromClaimMatch: id },
      });
      return {
        id,
        status: "accepted" as const,
        as: "appearance" as const,
        stance: null,
        claimId: match.claimId,
        sourceId: match.sourceId,
        appearanceId: appearance.id,
        evidenceId: null,
      };
    }
    const stance = input.stance ?? match.stance;
    const { exact, prefix, suffix, start, end } = selectorsFor(match.revision.text, match.start, match.end);
    const evidence = await tx.evidence.create({
      data: {
        claimId: match.claimId,
        sourceId: match.sourceId,
        revisionId: match.revisionId,
        statementId,
        stance,
        note: input.note,
        exact,
        prefix,
        suffix,
        start,
        end,
        createdById: authorId(user),
      },
    });
    await tx.claimMatch.update({ where: { id }, data: { status: "accepted", evidenceId: evidence.id } });
    await recordAudit(tx, user, {
      entityType: "evidence",
      entityId: evidence.id,
      claimId: match.claimId,
      action: "create",
      after: {
        stance,
        guessedStance: match.stance,
        sourceId: match.sourceId,
        exact,
        start,
        end,
        statementId,
        fromClaimMatch: id,
      },
    });
    return {
      id,
      status: "accepted" as const,
      as: "evidence" as const,
      stance,
      claimId: match.claimId,
      sourceId: match.sourceId,
      evidenceId: evidence.id,
      appearanceId: null,
    };
  });
}

export async function dismissClaimMatch(principal: Principal | null, id: string) {
  const user = requirePermission(principal, "evidence:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const match = await pendingMatch(tx, id);
    await tx.claimMatch.update({ where: { id }, data: { status: "dismissed" } });
    // Matches are not audit entities of their own; the dismissal is recorded on the source.
    await recordAudit(tx, user, {
      entityType: "source",
      entityId: match.sourceId,
      action: "dismiss_claim_match",
      after: { claimMatchId: id, claimId: match.claimId, text: match.text, stance: match.stance },
    });
    return { id, status: "dismissed" as const, sourceId: match.sourceId, claimId: match.claimId };
  });
}
