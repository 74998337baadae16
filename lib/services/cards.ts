import "server-only";
import { authorId, requirePermission, type Principal } from "@/lib/auth/principal";
import { buildCardContent } from "./card-snapshot";
import type { CardContent, CardEvidence, CardSummary, PublishedCard } from "@/lib/cards/types";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import type { z } from "zod";
import { publishRefusalFields } from "@/lib/validation/publish-refusal";
import { NotFoundError, ValidationError, type FieldErrors } from "@/lib/errors";
import { ORGANIZATION_NAME_DEFAULT } from "@/lib/site";
import type { AttributionVerdict, TruthVerdict } from "@/lib/verdicts";
import { correctionInput, publishInput } from "@/lib/validation/cards";
import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/validation/claims";
import { fieldErrorsFrom } from "@/lib/validation/common";
import { recordAudit } from "./audit";
import { onCardVersionWritten } from "./team-events";
import { CORRECTABLE_STATUSES, PUBLISHABLE_STATUSES, staleVersionError, writeStatus } from "./workflow";

export type { CardContent } from "@/lib/cards/types";

/** Statuses under which a claim's card is public. Drafts never are; archiving withdraws a card. */
export const PUBLIC_STATUSES = ["published", "corrected"] as const;

// ---------------------------------------------------------------- public reads (no principal)

const PUBLIC_CARD = { status: { in: [...PUBLIC_STATUSES] }, cardVersions: { some: {} } };

/** @unchecked Readers' view: only claims whose card is public (PUBLIC_STATUSES). */
export async function listPublishedCards(range: { skip?: number; take?: number } = {}): Promise<CardSummary[]> {
  const db = await getDb();
  const claims = await db.claim.findMany({
    where: PUBLIC_CARD,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { slug: true, cardVersions: { orderBy: { number: "desc" }, take: 1 } },
    ...range,
  });
  return claims.flatMap(({ slug, cardVersions: [card] }) =>
    card
      ? [
          {
            slug,
            title: card.headline,
            version: card.number,
            truthVerdict: card.truthVerdict,
            attributionVerdict: card.attributionVerdict,
            publishedAt: card.publishedAt.toISOString(),
          },
        ]
      : [],
  );
}

/** Cards shown per page of the public list: a desk with thousands of cards still sends a small page. */
export const CARDS_PER_PAGE = 50;

/**
 * @unchecked Readers' view, like listPublishedCards: page `page` (from 1) of the public card list, newest
 * first; an empty page past the end.
 */
export async function publishedCardPage(
  page: number,
  perPage = CARDS_PER_PAGE,
): Promise<{ cards: CardSummary[]; page: number; pageCount: number }> {
  const db = await getDb();
  const [cards, total] = await Promise.all([
    listPublishedCards({ skip: (page - 1) * perPage, take: perPage }),
    db.claim.count({ where: PUBLIC_CARD }),
  ]);
  return { cards, page, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

export async function organizationName(db: Db | Tx): Promise<string> {
  const row = await db.setting.findUnique({ where: { key: "organizationName" } });
  return row?.value.trim() || ORGANIZATION_NAME_DEFAULT;
}

/**
 * A published card (latest, or version `number`); NotFoundError for drafts, archived claims and unknown versions.
 * @unchecked Readers' view: only claims whose card is public (PUBLIC_STATUSES).
 */
export async function getPublishedCard(slug: string, number?: number): Promise<PublishedCard> {
  const db = await getDb();
  const claim = await db.claim.findFirst({
    where: { slug, status: { in: [...PUBLIC_STATUSES] } },
    select: {
      id: true,
      claimant: { select: { kind: true } },
      appearances: { include: { source: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!claim) throw new NotFoundError("Card");
  const versions = await db.cardVersion.findMany({ where: { claimId: claim.id }, orderBy: { number: "desc" } });
  const card = number === undefined ? versions[0] : versions.find((v) => v.number === number);
  if (!card) throw new NotFoundError("Card version");
  const stored = JSON.parse(card.content) as CardContent;
  // Snapshots written before appearances and the claimant's kind were stored fall back to the claim's current ones.
  const appearances =
    stored.appearances ??
    claim.appearances
      .map(({ source: s }) => ({
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        publishedAt: s.publishedAt?.toISOString() ?? null,
      }))
      .sort((a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999"));
  return {
    slug,
    claimId: claim.id,
    number: card.number,
    latestNumber: versions[0].number,
    headline: card.headline,
    truthVerdict: card.truthVerdict,
    attributionVerdict: card.attributionVerdict,
    rationale: card.rationale,
    correctionNote: card.correctionNote,
    publishedAt: card.publishedAt.toISOString(),
    firstPublishedAt: versions[versions.length - 1].publishedAt.toISOString(),
    content: {
      ...stored,
      // Snapshots written before notes were split published the (now internal) note; readers never get it.
      evidence: stored.evidence.map(({ note: _internal, ...e }: CardEvidence & { note?: unknown }) => e),
      appearances,
      attributions: stored.attributions ?? [],
      claim: {
        ...stored.claim,
        claimantKind:
          stored.claim.claimantKind === undefined ? (claim.claimant?.kind ?? null) : stored.claim.claimantKind,
      },
    },
    history: versions.map((v) => ({
      number: v.number,
      publishedAt: v.publishedAt.toISOString(),
      correctionNote: v.correctionNote,
      headline: v.headline,
    })),
    organizationName: await organizationName(db),
  };
}

/**
 * The latest version of every public card, newest first (the ClaimReview feed).
 * @unchecked Readers' view: built from listPublishedCards and getPublishedCard.
 */
export async function listPublishedCardDetails(limit = 200): Promise<PublishedCard[]> {
  const summaries = (await listPublishedCards()).slice(0, limit);
  return Promise.all(summaries.map((s) => getPublishedCard(s.slug)));
}

/**
 * What the Atom feed shows: the public cards and the desk's name (the feed needs it even with no cards).
 * @unchecked Readers' view: built from listPublishedCardDetails.
 */
export async function publishedCardFeed(limit = 200): Promise<{ cards: PublishedCard[]; organization: string }> {
  const [cards, organization] = await Promise.all([listPublishedCardDetails(limit), getDb().then(organizationName)]);
  return { cards, organization };
}

// ---------------------------------------------------------------- the publish gate

export type GateItem = {
  key: "status" | "evidence" | "anchors" | "reviews" | "rationale";
  ok: boolean;
  label: string;
  missing: string;
};

/** Every condition for publishing, met or not, for the checklist; `missing` is what a refusal says. */
export async function publishChecklist(
  tx: Tx | Db,
  claimId: string,
  rationale: string | null,
  allowed: ClaimStatus[] = PUBLISHABLE_STATUSES,
): Promise<GateItem[]> {
  const [claim, evidence, unanchored, reviews] = await Promise.all([
    tx.claim.findUnique({ where: { id: claimId }, select: { status: true } }),
    tx.evidence.count({ where: { claimId } }),
    tx.evidence.count({ where: { claimId, anchorStatus: "needs_review" } }),
    tx.review.count({ where: { claimId, staleAt: null } }), // stale reviews judged other words
  ]);
  if (!claim) throw new NotFoundError("Claim");
  const statusLabel = CLAIM_STATUS_LABELS[claim.status];
  const items: GateItem[] = [
    {
      key: "status",
      ok: allowed.includes(claim.status),
      label: `In review or verdict proposed (now ${statusLabel})`,
      missing: statusProblem(claim.status, allowed),
    },
    {
      key: "evidence",
      ok: evidence > 0,
      label: `At least one evidence item (${evidence})`,
      missing: "At least one evidence item.",
    },
    {
      key: "anchors",
      ok: unanchored === 0,
      label: "No evidence whose anchor needs review",
      missing: `${unanchored} evidence item(s) whose anchor needs review.`,
    },
    { key: "reviews", ok: reviews > 0, label: `At least one review (${reviews})`, missing: "At least one review." },
  ];
  if (rationale !== null)
    items.push({
      key: "rationale",
      ok: rationale.trim().length > 0,
      label: "A written rationale",
      missing: "Public rationale is required.",
    });
  return items;
}

function statusProblem(status: ClaimStatus, allowed: ClaimStatus[]): string {
  const label = CLAIM_STATUS_LABELS[status];
  if (allowed === CORRECTABLE_STATUSES) return `Only a published card can be corrected (the claim is ${label}).`;
  if (CORRECTABLE_STATUSES.includes(status)) return "The claim is already published: issue a correction instead.";
  if (status === "archived") return "The claim is archived: restore it to draft and submit it for review first.";
  return `The claim must be submitted for review first (it is ${label}).`;
}

/**
 * Refuses a publish or correction with everything that is missing at once: the gate's items and the
 * form's invalid fields together (lib/cards/publish-refusal.ts), so nothing surfaces only on a retry.
 */
async function refuseIfMissing(
  tx: Tx,
  claimId: string,
  input: { fieldErrors: FieldErrors; rationale: string | null; allowed: ClaimStatus[] },
  what: "published" | "corrected",
) {
  const gate = await publishChecklist(tx, claimId, input.rationale, input.allowed);
  const fields = publishRefusalFields(input.fieldErrors, gate);
  if (fields)
    throw new ValidationError(`This claim cannot be ${what} yet. Missing: ${fields.publish.join(" ")}`, fields);
}

/** Parsed input, or the field messages of a refusal that still needs the gate's items added. */
function parseForGate<S extends z.ZodType>(schema: S, raw: unknown) {
  const result = schema.safeParse(raw);
  return result.success
    ? { data: result.data as z.output<S>, fieldErrors: {} }
    : { data: null, fieldErrors: fieldErrorsFrom(result.error) };
}

/** The rationale as sent, for the gate's "is there one" item when the rest of the input is invalid. */
const rawRationale = (raw: unknown) => {
  const value = raw && typeof raw === "object" ? (raw as { rationale?: unknown }).rationale : undefined;
  return typeof value === "string" ? value : "";
};

/** For the staff review page: the checklist without the rationale, which the editor writes in the form. */
export async function publishReadiness(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  return publishChecklist(await getDb(), claimId, null);
}

/** The latest card version of a claim, whatever its status (staff only). */
export async function latestCardForClaim(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  return db.cardVersion.findFirst({ where: { claimId }, orderBy: { number: "desc" } });
}

// ---------------------------------------------------------------- writes

type CardFields = {
  headline: string;
  truthVerdict: TruthVerdict;
  attributionVerdict: AttributionVerdict;
  rationale: string;
  correctionNote?: string;
};

async function writeCardVersion(tx: Tx, editor: Principal, claimId: string, fields: CardFields) {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { slug: true } });
  const last = await tx.cardVersion.findFirst({ where: { claimId }, orderBy: { number: "desc" } });
  const content = await buildCardContent(tx, claimId, {
    truthVerdict: fields.truthVerdict,
    attributionVerdict: fields.attributionVerdict,
    rationale: fields.rationale,
  });
  const card = await tx.cardVersion.create({
    data: {
      claimId,
      slug: claim.slug,
      number: (last?.number ?? 0) + 1,
      headline: fields.headline,
      truthVerdict: fields.truthVerdict,
      attributionVerdict: fields.attributionVerdict,
      rationale: fields.rationale,
      content: JSON.stringify(content),
      correctionNote: fields.correctionNote ?? null,
      publishedById: authorId(editor),
    },
  });
  await onCardVersionWritten(tx, editor, card);
  return card;
}

const cardAudit = (card: {
  number: number;
  headline: string;
  truthVerdict: string;
  attributionVerdict: string;
  rationale: string;
  correctionNote?: string | null;
}) => ({
  number: card.number,
  headline: card.headline,
  truthVerdict: card.truthVerdict,
  attributionVerdict: card.attributionVerdict,
  rationale: card.rationale,
  ...(card.correctionNote ? { correctionNote: card.correctionNote } : {}),
});

/** Publishes version 1 (or the next version after an archive) once the gate is passed. */
export async function publishCard(principal: Principal | null, claimId: string, raw: unknown) {
  const editor = requirePermission(principal, "card:publish");
  const { data, fieldErrors } = parseForGate(publishInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { status: true, version: true, slug: true },
    });
    if (!claim) throw new NotFoundError("Claim");
    if (data && claim.version !== data.version) throw await staleVersionError(tx, claimId);
    const rationale = data?.rationale ?? rawRationale(raw);
    await refuseIfMissing(tx, claimId, { fieldErrors, rationale, allowed: PUBLISHABLE_STATUSES }, "published");
    const { version, ...fields } = data!; // refuseIfMissing threw for any field error
    const card = await writeCardVersion(tx, editor, claimId, fields);
    const claimVersion = await writeStatus(tx, editor, claimId, { from: claim.status, to: "published", version });
    await recordAudit(tx, editor, {
      entityType: "card",
      entityId: card.id,
      claimId,
      action: "publish",
      after: cardAudit(card),
    });
    return { card, slug: claim.slug, claimVersion };
  });
}

/** A correction: a public note and a new version n+1; earlier versions stay readable, marked superseded. */
export async function correctCard(principal: Principal | null, claimId: string, raw: unknown) {
  const editor = requirePermission(principal, "card:publish");
  const { data, fieldErrors } = parseForGate(correctionInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { status: true, version: true, slug: true },
    });
    if (!claim) throw new NotFoundError("Claim");
    if (data && claim.version !== data.version) throw await staleVersionError(tx, claimId);
    const previous = await tx.cardVersion.findFirst({ where: { claimId }, orderBy: { number: "desc" } });
    // No card yet: the gate's status item says so (only a published card can be corrected).
    const given = data ? data.rationale : rawRationale(raw).trim() || undefined; // blank keeps the current one
    // Without a card there is nothing to correct; a rationale would only add noise to that refusal.
    const rationale = previous ? (given ?? previous.rationale) : null;
    await refuseIfMissing(tx, claimId, { fieldErrors, rationale, allowed: CORRECTABLE_STATUSES }, "corrected");
    if (!previous) throw new ValidationError("Only a published card can be corrected.");
    const { version, note, ...changes } = data!; // refuseIfMissing threw for any field error
    const fields = {
      headline: changes.headline ?? previous.headline,
      truthVerdict: changes.truthVerdict ?? previous.truthVerdict,
      attributionVerdict: changes.attributionVerdict ?? previous.attributionVerdict,
      rationale: changes.rationale ?? previous.rationale,
      correctionNote: note,
    };
    const card = await writeCardVersion(tx, editor, claimId, fields);
    const claimVersion = await writeStatus(tx, editor, claimId, { from: claim.status, to: "corrected", version });
    await recordAudit(tx, editor, {
      entityType: "card",
      entityId: card.id,
      claimId,
      action: "correct",
      before: cardAudit(previous),
      after: cardAudit(card),
    });
    return { card, slug: claim.slug, claimVersion };
  });
}
