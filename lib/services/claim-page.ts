import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { appearanceDate, byFirstAppearance } from "@/lib/dispute/appearances";
import { statementFor } from "@/lib/dispute/link";
import type { ActorRef, DisputeStatement } from "@/lib/dispute/types";
import { NotFoundError } from "@/lib/errors";
import { listClaimRelations } from "./claims";
import { claimEvidenceAndStatements } from "./dispute";

/**
 * Everything the claim page shows, in one read: the claim, its evidence (each with the statement it
 * quotes), the statements grouped by speaker, its appearances oldest first, and related claims.
 */
export async function getClaimPage(principal: Principal | null, id: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const claim = await db.claim.findUnique({
    where: { id },
    include: {
      claimant: { select: { id: true, name: true, kind: true } },
      subjects: { include: { actor: { select: { id: true, name: true, kind: true } } } },
      tags: { include: { tag: true } },
      appearances: {
        include: {
          source: { select: { id: true, title: true, publisher: true, publishedAt: true, url: true, createdAt: true } },
          statement: { select: { id: true, exact: true, speaker: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  if (!claim) throw new NotFoundError("Claim");
  const reviewCount = await db.review.count({ where: { claimId: id } });
  const [{ evidence, statements }, relations] = await Promise.all([
    claimEvidenceAndStatements(db, id),
    listClaimRelations(principal, id),
  ]);

  const linkedEvidence = evidence.map((e) => ({ ...e, statement: statementFor(e, statements) }));
  const quoted = new Map<string, DisputeStatement>();
  for (const e of linkedEvidence) if (e.statement) quoted.set(e.statement.id, e.statement);
  const appearanceStatementIds = new Set(claim.appearances.flatMap((a) => (a.statement ? [a.statement.id] : [])));
  for (const s of statements) if (appearanceStatementIds.has(s.id)) quoted.set(s.id, s);

  const bySpeaker = new Map<string, { actor: ActorRef; statements: DisputeStatement[] }>();
  for (const s of quoted.values()) {
    const entry = bySpeaker.get(s.speaker.id) ?? { actor: s.speaker, statements: [] };
    entry.statements.push(s);
    bySpeaker.set(s.speaker.id, entry);
  }

  const { appearances, ...rest } = claim;
  return {
    claim: { ...rest, _count: { reviews: reviewCount } },
    evidence: linkedEvidence,
    needsReview: linkedEvidence.filter((e) => e.anchorStatus === "needs_review").length,
    statementsByActor: [...bySpeaker.values()].sort((a, b) => a.actor.name.localeCompare(b.actor.name)),
    appearances: byFirstAppearance(appearances).map((a, i) => ({ ...a, ...appearanceDate(a), first: i === 0 })),
    relations,
  };
}
