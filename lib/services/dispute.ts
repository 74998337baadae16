import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { buildDispute } from "@/lib/dispute/build";
import type { DisputeEvidence, DisputeStatement } from "@/lib/dispute/types";
import { NotFoundError } from "@/lib/errors";
import { parseHedges, statementInclude } from "./statement-shape";

const sourceRef = { select: { id: true, title: true, publisher: true, publishedAt: true, url: true } } as const;

/** The claim's evidence and the statements of the same sources, in the shapes lib/dispute works on. */
export async function claimEvidenceAndStatements(db: Db | Tx, claimId: string) {
  const evidence = await db.evidence.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { source: sourceRef },
  });
  const sourceIds = [...new Set(evidence.map((e) => e.sourceId))];
  const statements = sourceIds.length
    ? await db.statement.findMany({
        where: { sourceId: { in: sourceIds } },
        orderBy: [{ start: "asc" }, { id: "asc" }],
        include: { ...statementInclude, source: sourceRef },
      })
    : [];
  return {
    evidence: evidence satisfies DisputeEvidence[],
    statements: statements.map((s) => ({ ...s, hedges: parseHedges(s.hedges) })) satisfies DisputeStatement[],
  };
}

/** The dispute view of a claim: who asserts it, who denies it, through whom, and how weakly. */
export async function getClaimDispute(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      text: true,
      kind: true,
      status: true,
      claimant: { select: { id: true, name: true, kind: true } },
    },
  });
  if (!claim) throw new NotFoundError("Claim");
  const { evidence, statements } = await claimEvidenceAndStatements(db, claimId);
  return { claim, ...buildDispute(evidence, statements) };
}
