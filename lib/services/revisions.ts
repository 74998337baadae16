import "server-only";
import { reanchor, type QuoteSelector, type ReanchorResult } from "@/lib/anchoring";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Tx } from "@/lib/db/client";
import { mapDbError } from "@/lib/db/errors";
import { AnchorStatus } from "@/lib/enums";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { RevisionArchive } from "@/lib/sources/archive";
import { contentHash, normaliseSourceText } from "@/lib/sources/text";
import { parseInput } from "@/lib/validation/parse";
import { revisionCreateInput } from "@/lib/validation/revisions";
import { recordAudit } from "./audit";
import { storeSuggestions } from "./suggestions";
import { currentRevision } from "./revision-anchors";
import { storeClaimMatches } from "./claim-matches";

type AnchoredRow = QuoteSelector & { id: string; anchorStatus: string; revisionId: string };
type ReanchorCounts = { anchored: number; reanchored: number; needsReview: number };

/** What to write for one span after `reanchor`; needs_review keeps the old selector and revision. */
function reanchorUpdate(row: AnchoredRow, result: ReanchorResult, revisionId: string) {
  if (result.status === "needs_review" || !result.selector) return { anchorStatus: AnchorStatus.needs_review };
  const { exact, prefix, suffix, start, end } = result.selector;
  return { exact, prefix, suffix, start, end, revisionId, anchorStatus: result.status };
}

async function reanchorRows(
  tx: Tx,
  principal: Principal,
  entityType: "evidence" | "statement",
  rows: (AnchoredRow & { claimId?: string })[],
  newText: string,
  revisionId: string,
  counts: ReanchorCounts,
) {
  for (const row of rows) {
    const result = reanchor(row, newText);
    const data = reanchorUpdate(row, result, revisionId);
    if (entityType === "evidence") await tx.evidence.update({ where: { id: row.id }, data });
    else await tx.statement.update({ where: { id: row.id }, data });
    if (result.status === "anchored") counts.anchored++;
    else if (result.status === "reanchored") counts.reanchored++;
    else counts.needsReview++;
    // Unchanged spans are summarised by the source's "revise" event; moves and flags are itemised.
    if (result.status === "anchored" && row.anchorStatus === "anchored") continue;
    await recordAudit(tx, principal, {
      entityType,
      entityId: row.id,
      claimId: row.claimId ?? null,
      action: "reanchor",
      before: {
        anchorStatus: row.anchorStatus,
        revisionId: row.revisionId,
        start: row.start,
        end: row.end,
        exact: row.exact,
      },
      after: {
        anchorStatus: data.anchorStatus,
        revisionId: "revisionId" in data ? data.revisionId : row.revisionId,
        start: result.selector?.start,
        end: result.selector?.end,
        method: result.method,
        reason: result.reason,
      },
    });
  }
}

const selectorFields = {
  id: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  anchorStatus: true,
  revisionId: true,
} as const;

/**
 * Stores revision n+1 of a source and re-anchors every evidence item and statement of the source
 * in the same transaction: a clear match moves the span to the new revision, anything else is
 * flagged needs_review and keeps its old selector and revision for a person to fix.
 */
export async function createRevision(
  principal: Principal | null,
  sourceId: string,
  raw: unknown,
  archive?: RevisionArchive,
) {
  const user = requirePermission(principal, "source:write");
  const input = parseInput(revisionCreateInput, raw);
  const text = normaliseSourceText(input.text);
  const hash = contentHash(text);
  const db = await getDb();
  try {
    return await db.$transaction(
      async (tx) => {
        const previous = await currentRevision(tx, sourceId);
        if (!previous) throw new NotFoundError("Source");
        if (previous.contentHash === hash) {
          const message = `The text is unchanged: it is identical to revision ${previous.number}.`;
          throw new ValidationError(message, { text: [message] });
        }
        const revision = await tx.sourceRevision.create({
          data: {
            sourceId,
            number: previous.number + 1,
            text,
            contentHash: hash,
            note: input.note,
            createdById: authorId(user),
            ...archive,
          },
        });
        const counts: ReanchorCounts = { anchored: 0, reanchored: 0, needsReview: 0 };
        const evidence = await tx.evidence.findMany({
          where: { sourceId },
          select: { ...selectorFields, claimId: true },
        });
        await reanchorRows(tx, user, "evidence", evidence, text, revision.id, counts);
        const statements = await tx.statement.findMany({ where: { sourceId }, select: selectorFields });
        await reanchorRows(tx, user, "statement", statements, text, revision.id, counts);
        const suggestions = await storeSuggestions(tx, sourceId, revision.id, text);
        await storeClaimMatches(tx, sourceId, revision.id, text);
        await recordAudit(tx, user, {
          entityType: "source",
          entityId: sourceId,
          action: "revise",
          before: { number: previous.number, contentHash: previous.contentHash },
          after: {
            number: revision.number,
            contentHash: hash,
            length: text.length,
            note: input.note,
            ...counts,
            suggestions,
          },
        });
        return {
          id: revision.id,
          sourceId,
          number: revision.number,
          contentHash: hash,
          length: text.length,
          reanchor: counts,
          suggestions,
        };
      },
      { timeout: 120_000 },
    );
  } catch (e) {
    // Two uploads racing for the same number: the loser gets a 409 and can retry.
    mapDbError(e, "A revision with this number");
  }
}

export async function listRevisions(principal: Principal | null, sourceId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const revisions = await db.sourceRevision.findMany({
    where: { sourceId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, contentHash: true, note: true, createdAt: true, createdById: true },
  });
  if (!revisions.length) throw new NotFoundError("Source");
  return revisions;
}
