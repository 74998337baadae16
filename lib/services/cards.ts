import "server-only";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Tx } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "./audit";

/** Statuses under which a claim's card is public. Drafts never are. */
export const PUBLIC_STATUSES = ["published", "corrected"] as const;

export type CardContent = {
  claim: { text: string; kind: string; claimant: string | null };
  truthVerdict: string;
  attributionVerdict: string;
  rationale: string;
  evidence: { stance: string; quote: string; sourceTitle: string; publisher: string | null; publishedAt: string | null; url: string | null }[];
  reviewCount: number;
};

export async function listPublishedCards() {
  const db = await getDb();
  const claims = await db.claim.findMany({
    where: { status: { in: [...PUBLIC_STATUSES] } },
    orderBy: { updatedAt: "desc" },
    select: { slug: true, cardVersions: { orderBy: { number: "desc" }, take: 1 } },
  });
  return claims.flatMap(({ slug, cardVersions: [card] }) =>
    card ? [{ slug, title: card.headline, version: card.number, truthVerdict: card.truthVerdict, attributionVerdict: card.attributionVerdict, publishedAt: card.publishedAt }] : [],
  );
}

export async function getPublishedCard(slug: string, number?: number) {
  const db = await getDb();
  const claim = await db.claim.findFirst({ where: { slug, status: { in: [...PUBLIC_STATUSES] } }, select: { id: true } });
  if (!claim) throw new NotFoundError("Card");
  const versions = await db.cardVersion.findMany({ where: { claimId: claim.id }, orderBy: { number: "desc" } });
  const card = number === undefined ? versions[0] : versions.find((v) => v.number === number);
  if (!card) throw new NotFoundError("Card version");
  return { ...card, content: JSON.parse(card.content) as CardContent, latestNumber: versions[0].number, history: versions.map((v) => ({ number: v.number, publishedAt: v.publishedAt, correctionNote: v.correctionNote })) };
}

/** What stops a claim from being published; empty when it may be. */
export async function publishBlockers(tx: Tx, claimId: string, rationale: string): Promise<string[]> {
  const [evidence, unanchored, reviews] = await Promise.all([
    tx.evidence.count({ where: { claimId } }),
    tx.evidence.count({ where: { claimId, anchorStatus: "needs_review" } }),
    tx.review.count({ where: { claimId } }),
  ]);
  const missing: string[] = [];
  if (evidence === 0) missing.push("At least one evidence item.");
  if (unanchored > 0) missing.push(`${unanchored} evidence item(s) whose anchor needs review.`);
  if (reviews === 0) missing.push("At least one review.");
  if (!rationale.trim()) missing.push("A written rationale.");
  return missing;
}

export async function publishCard(
  principal: Principal | null,
  claimId: string,
  input: { headline: string; truthVerdict: string; attributionVerdict: string; rationale: string; correctionNote?: string },
) {
  const editor = requirePermission(principal, "card:publish");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      include: { claimant: true, evidence: { include: { source: true } }, _count: { select: { reviews: true } } },
    });
    if (!claim) throw new NotFoundError("Claim");
    const missing = await publishBlockers(tx, claimId, input.rationale);
    if (missing.length) throw new ValidationError(`This claim cannot be published yet. Missing: ${missing.join(" ")}`, { publish: missing });
    const last = await tx.cardVersion.findFirst({ where: { claimId }, orderBy: { number: "desc" } });
    const content: CardContent = {
      claim: { text: claim.text, kind: claim.kind, claimant: claim.claimant?.name ?? null },
      truthVerdict: input.truthVerdict,
      attributionVerdict: input.attributionVerdict,
      rationale: input.rationale,
      evidence: claim.evidence.map((e) => ({
        stance: e.stance, quote: e.exact, sourceTitle: e.source.title, publisher: e.source.publisher,
        publishedAt: e.source.publishedAt?.toISOString() ?? null, url: e.source.url,
      })),
      reviewCount: claim._count.reviews,
    };
    const card = await tx.cardVersion.create({
      data: {
        claimId, slug: claim.slug, number: (last?.number ?? 0) + 1, headline: input.headline,
        truthVerdict: input.truthVerdict, attributionVerdict: input.attributionVerdict, rationale: input.rationale,
        content: JSON.stringify(content), correctionNote: input.correctionNote, publishedById: authorId(editor),
      },
    });
    await tx.claim.update({ where: { id: claimId }, data: { status: last ? "corrected" : "published", version: { increment: 1 }, updatedById: authorId(editor) } });
    await recordAudit(tx, editor, { entityType: "card", entityId: card.id, claimId, action: last ? "correct" : "publish", after: { number: card.number, headline: card.headline } });
    return card;
  });
}
