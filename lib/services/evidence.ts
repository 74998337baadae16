import "server-only";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Tx } from "@/lib/db/client";
import { statementFor } from "@/lib/dispute/link";
import { byText } from "@/lib/enums";
import { NotFoundError, ValidationError } from "@/lib/errors";
import {
  evidenceCreateInput,
  evidenceUpdateInput,
  readerEvidenceInput,
  type EvidenceCreateInput,
} from "@/lib/validation/evidence";
import { reanchorInput } from "@/lib/validation/statements";
import { parseInput } from "@/lib/validation/parse";
import { recordAudit } from "./audit";
import { applyVersionedUpdate } from "./record-edit";
import { insertDraftClaim, refuseDuplicateClaim } from "./claims";
import { locateOnCurrentRevision, manualReanchorChange, placeOnCurrentRevision } from "./revision-anchors";

type Span = { sourceId: string; revisionId: string; start: number; end: number };

/** An explicitly chosen statement must be of the evidence's source. */
async function assertStatementOfSource(tx: Tx, statementId: string, sourceId: string) {
  const statement = await tx.statement.findUnique({ where: { id: statementId }, select: { sourceId: true } });
  if (!statement || statement.sourceId !== sourceId)
    throw new ValidationError("The statement is not in this source.", {
      statementId: ["Choose a statement recorded in the same source."],
    });
}

/**
 * The statement evidence quotes: the one chosen, else a recorded statement of the same revision whose
 * span contains the evidence or lies inside it (the dispute view's rule, lib/dispute/link.ts).
 */
async function statementIdFor(tx: Tx, span: Span, chosen: string | undefined): Promise<string | null> {
  if (chosen) {
    await assertStatementOfSource(tx, chosen, span.sourceId);
    return chosen;
  }
  const candidates = await tx.statement.findMany({
    where: { revisionId: span.revisionId, start: { lte: span.end }, end: { gte: span.start } },
    select: { id: true, sourceId: true, revisionId: true, start: true, end: true },
    orderBy: [{ start: "asc" }, { id: "asc" }],
  });
  return statementFor({ ...span, statementId: null }, candidates)?.id ?? null;
}

async function insertEvidence(tx: Tx, user: Principal, claimId: string, input: EvidenceCreateInput) {
  const { revision, selector } = await locateOnCurrentRevision(tx, input.sourceId, input.quote);
  const { exact, prefix, suffix, start, end } = selector;
  const statementId = await statementIdFor(
    tx,
    { sourceId: input.sourceId, revisionId: revision.id, start, end },
    input.statementId,
  );
  const evidence = await tx.evidence.create({
    data: {
      claimId,
      sourceId: input.sourceId,
      revisionId: revision.id,
      statementId,
      stance: input.stance,
      note: input.note,
      publicNote: input.publicNote,
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
    after: {
      stance: input.stance,
      sourceId: input.sourceId,
      statementId,
      exact,
      start,
      end,
      note: input.note,
      publicNote: input.publicNote,
    },
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
  const { claimId, newClaim, allowDuplicate, ...input } = parseInput(readerEvidenceInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    let id = claimId;
    if (id) {
      if (!(await tx.claim.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("Claim");
    } else {
      // The same duplicate check as the claim form: a near-identical claim is offered first.
      if (!allowDuplicate) await refuseDuplicateClaim(tx, newClaim!.text);
      id = (await insertDraftClaim(tx, user, newClaim!)).id;
    }
    return insertEvidence(tx, user, id, input);
  });
}

export async function listEvidence(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const evidence = await db.evidence.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { source: { select: { id: true, title: true, publisher: true, publishedAt: true, url: true } } },
  });
  // By stance name, as text: PostgreSQL would sort the enum in declaration order (ADR 0023).
  return evidence.sort((a, b) => byText(a.stance, b.stance));
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
        publicNote: evidence.publicNote,
        statementId: evidence.statementId,
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
    const evidence = await tx.evidence.update({ where: { id }, data: { ...placed, version: { increment: 1 } } });
    await recordAudit(tx, user, {
      entityType: "evidence",
      entityId: id,
      claimId: before.claimId,
      action: "reanchor_manual",
      ...manualReanchorChange(before, placed),
    });
    return evidence;
  });
}

/**
 * Corrects an evidence item: stance, internal and public notes, the claim it belongs to and the
 * statement it quotes. `claimId` scopes the id (as for removal); the quote itself changes by re-anchoring.
 */
export async function updateEvidence(principal: Principal | null, id: string, raw: unknown, claimId?: string) {
  const user = requirePermission(principal, "evidence:write");
  const { version, ...changes } = parseInput(evidenceUpdateInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.evidence.findFirst({ where: { id, ...(claimId ? { claimId } : {}) } });
    if (!before) throw new NotFoundError("Evidence");
    if (changes.claimId && !(await tx.claim.findUnique({ where: { id: changes.claimId }, select: { id: true } })))
      throw new ValidationError("Unknown claim.", { claimId: ["Choose an existing claim."] });
    if (changes.statementId) await assertStatementOfSource(tx, changes.statementId, before.sourceId);
    const diff = await applyVersionedUpdate(tx, user, {
      entityType: "evidence",
      label: "evidence item",
      id,
      version,
      before,
      changes,
      write: (data) => tx.evidence.updateMany({ where: { id, version }, data }),
      claimId: changes.claimId ?? before.claimId,
    });
    if (diff.changed) {
      // Moving evidence to another claim leaves a trace in the history of the claim it left.
      if (changes.claimId && changes.claimId !== before.claimId)
        await recordAudit(tx, user, {
          entityType: "evidence",
          entityId: id,
          claimId: before.claimId,
          action: "move",
          before: { claimId: before.claimId },
          after: { claimId: changes.claimId },
        });
    }
    return tx.evidence.findUniqueOrThrow({ where: { id } });
  });
}
