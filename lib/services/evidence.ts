import "server-only";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { evidenceCreateInput, readerEvidenceInput, type EvidenceCreateInput } from "@/lib/validation/evidence";
import { reanchorInput } from "@/lib/validation/statements";
import { parseInput } from "@/lib/validation/parse";
import { recordAudit } from "./audit";
import { insertDraftClaim } from "./claims";
import { locateOnCurrentRevision, placeOnCurrentRevision } from "./revisions";

async function insertEvidence(tx: Tx, user: Principal, claimId: string, input: EvidenceCreateInput) {
  const { revision, selector } = await locateOnCurrentRevision(tx, input.sourceId, input.quote);
  const { exact, prefix, suffix, start, end } = selector;
  const evidence = await tx.evidence.create({
    data: {
      claimId,
      sourceId: input.sourceId,
      revisionId: revision.id,
      stance: input.stance,
      note: input.note,
      exact,
      prefix,
      suffix,
      start,
      end,
      createdById: authorId(user),
    },
  });
  await recordAudit(tx, user, {
    entityType: "evidence",
    entityId: evidence.id,
    claimId,
    action: "create",
    after: { stance: input.stance, sourceId: input.sourceId, exact, start, end, note: input.note },
  });
  return evidence;
}

export async function addEvidence(principal: Principal | null, claimId: string, raw: unknown) {
  const user = requirePermission(principal, "evidence:write");
  const input = parseInput(evidenceCreateInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw new NotFoundError("Claim");
    return insertEvidence(tx, user, claimId, input);
  });
}

/** The reader's "Add evidence": to a chosen claim, or to a claim created in the same transaction. */
export async function addEvidenceFromReader(principal: Principal | null, raw: unknown) {
  const user = requirePermission(principal, "evidence:write");
  const { claimId, newClaim, ...input } = parseInput(readerEvidenceInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    let id = claimId;
    if (id) {
      if (!(await tx.claim.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("Claim");
    } else {
      id = (await insertDraftClaim(tx, user, newClaim!)).id;
    }
    return insertEvidence(tx, user, id, input);
  });
}

export async function listEvidence(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  return db.evidence.findMany({
    where: { claimId },
    orderBy: [{ stance: "asc" }, { createdAt: "asc" }],
    include: { source: { select: { id: true, title: true, publisher: true, publishedAt: true, url: true } } },
  });
}

export async function getEvidence(principal: Principal | null, claimId: string, id: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const evidence = await db.evidence.findFirst({ where: { id, claimId } });
  if (!evidence) throw new NotFoundError("Evidence");
  return evidence;
}

/** `claimId` scopes the id so /claims/{a}/evidence/{id} cannot touch another claim's evidence. */
export async function removeEvidence(principal: Principal | null, id: string, claimId?: string) {
  const user = requirePermission(principal, "evidence:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findFirst({ where: { id, ...(claimId ? { claimId } : {}) } });
    if (!evidence) throw new NotFoundError("Evidence");
    await tx.evidence.delete({ where: { id } });
    await recordAudit(tx, user, {
      entityType: "evidence",
      entityId: id,
      claimId: evidence.claimId,
      action: "delete",
      before: {
        stance: evidence.stance,
        sourceId: evidence.sourceId,
        exact: evidence.exact,
        start: evidence.start,
        end: evidence.end,
        anchorStatus: evidence.anchorStatus,
        note: evidence.note,
      },
    });
    return { id, claimId: evidence.claimId, sourceId: evidence.sourceId, removed: true };
  });
}

/** Fixes flagged evidence: an analyst re-selects its words in the source's current revision. */
export async function reanchorEvidence(principal: Principal | null, id: string, raw: unknown, claimId?: string) {
  const user = requirePermission(principal, "evidence:write");
  const { quote } = parseInput(reanchorInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.evidence.findFirst({ where: { id, ...(claimId ? { claimId } : {}) } });
    if (!before) throw new NotFoundError("Evidence");
    const placed = await placeOnCurrentRevision(tx, before.sourceId, quote);
    const evidence = await tx.evidence.update({ where: { id }, data: placed });
    await recordAudit(tx, user, {
      entityType: "evidence",
      entityId: id,
      claimId: before.claimId,
      action: "reanchor_manual",
      before: {
        anchorStatus: before.anchorStatus,
        revisionId: before.revisionId,
        exact: before.exact,
        start: before.start,
        end: before.end,
      },
      after: {
        anchorStatus: placed.anchorStatus,
        revisionId: placed.revisionId,
        exact: placed.exact,
        start: placed.start,
        end: placed.end,
      },
    });
    return evidence;
  });
}
