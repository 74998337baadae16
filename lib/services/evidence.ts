import "server-only";
import { locateQuote } from "@/lib/anchoring";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { evidenceCreateInput } from "@/lib/validation/evidence";
import { parseInput } from "@/lib/validation/parse";
import { recordAudit } from "./audit";

const QUOTE_REFUSALS = {
  not_found: "The quote does not occur in the source's current text.",
  ambiguous: "The quote occurs more than once; add a prefix, suffix or start/end to say which.",
  position_mismatch: "The text at start/end is not the quote.",
} as const;

export async function addEvidence(principal: Principal | null, claimId: string, raw: unknown) {
  const user = requirePermission(principal, "evidence:write");
  const input = parseInput(evidenceCreateInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw new NotFoundError("Claim");
    const revision = await tx.sourceRevision.findFirst({ where: { sourceId: input.sourceId }, orderBy: { number: "desc" } });
    if (!revision) throw new ValidationError("Unknown source.", { sourceId: ["Choose an existing source."] });
    const located = locateQuote(revision.text, input.quote);
    if (!located.ok) throw new ValidationError(QUOTE_REFUSALS[located.reason], { "quote.exact": [QUOTE_REFUSALS[located.reason]] });
    const { exact, prefix, suffix, start, end } = located.selector;
    const evidence = await tx.evidence.create({
      data: {
        claimId, sourceId: input.sourceId, revisionId: revision.id, stance: input.stance, note: input.note,
        exact, prefix, suffix, start, end, createdById: authorId(user),
      },
    });
    await recordAudit(tx, user, { entityType: "evidence", entityId: evidence.id, claimId, action: "create", after: { stance: input.stance, sourceId: input.sourceId, exact, start, end, note: input.note } });
    return evidence;
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
