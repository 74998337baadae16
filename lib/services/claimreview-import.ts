import "server-only";
import { parseHTML } from "linkedom";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { claimsFromJson, type ImportedClaim } from "@/lib/claimreview/parse";
import { getDb } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { stringsIn } from "@/lib/json-lists";
import { jsonLdObjects, decodeHtml } from "@/lib/sources/article";
import { fetchDocument, type FetchOptions } from "@/lib/sources/fetch-url";
import { parseInput } from "@/lib/validation/parse";
import { claimReviewImportInput } from "@/lib/validation/claimreview";
import { findOrCreateActor } from "./actors";
import { recordAudit } from "./audit";
import { addClaimAppearance, insertDraftClaim } from "./claims";
import { importSourceFromUrl } from "./source-import";

export const MAX_CLAIMREVIEWS_PER_IMPORT = 1000;

export type ClaimReviewImportItem = {
  outcome: "created" | "unchanged";
  claimId: string;
  text: string;
  organization: string;
  rating: string | null;
  appearances: { url: string; sourceId: string | null; error?: string }[];
};

function parseJsonText(json: unknown): unknown {
  if (typeof json !== "string") return json;
  try {
    return JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch {
    throw new ValidationError("The file is not valid JSON.", { json: ["The file is not valid JSON."] });
  }
}

/** The fact-checks found at an address (JSON-LD in an HTML page, or a JSON document). */
async function claimsAt(url: string, fetchOptions: FetchOptions) {
  const doc = await fetchDocument(url, fetchOptions);
  if (doc.contentType.includes("json")) return claimsFromJson(parseJsonText(doc.body.toString("utf8")));
  const { document } = parseHTML(decodeHtml(doc.body, doc.charset));
  return claimsFromJson(jsonLdObjects(document as unknown as Document));
}

/**
 * Imports published fact-checks as draft claims: the claimant as an actor, appearances linked to
 * sources already on the desk (or fetched with `fetchAppearances`), and the other organisation's
 * rating as an ExternalReview, never as one of our reviews. A fact-check imported before is left alone.
 */
export async function importClaimReviews(
  principal: Principal | null,
  raw: unknown,
  fetchOptions: FetchOptions = {},
  onProgress?: (done: number, total: number) => void,
): Promise<ClaimReviewImportItem[]> {
  const user = requirePermission(principal, "claim:write");
  const input = parseInput(claimReviewImportInput, raw);
  const claims = input.url ? await claimsAt(input.url, fetchOptions) : claimsFromJson(parseJsonText(input.json));
  const field = input.url ? "url" : "json";
  if (!claims.length) {
    const message =
      "No ClaimReview was found: expected schema.org ClaimReview JSON-LD or a Fact Check Tools claim search response.";
    throw new ValidationError(message, { [field]: [message] });
  }
  if (claims.length > MAX_CLAIMREVIEWS_PER_IMPORT) {
    const message = `At most ${MAX_CLAIMREVIEWS_PER_IMPORT} fact-checks per import (this has ${claims.length}); split the file.`;
    throw new ValidationError(message, { [field]: [message] });
  }
  const results: ClaimReviewImportItem[] = [];
  for (const claim of claims) {
    results.push(await importOne(user, claim, input.fetchAppearances, fetchOptions));
    onProgress?.(results.length, claims.length);
  }
  return results;
}

/** Claim texts are 5 to 500 characters. */
const clipClaim = (text: string) => (text.length > 500 ? text.slice(0, 499).trimEnd() + "…" : text.padEnd(5, "."));

async function importOne(
  user: Principal,
  c: ImportedClaim,
  fetchAppearances: boolean,
  fetchOptions: FetchOptions,
): Promise<ClaimReviewImportItem> {
  const db = await getDb();
  const rating = c.review.ratingText ?? (c.review.ratingValue !== null ? String(c.review.ratingValue) : null);
  const base = { text: c.text, organization: c.review.organization, rating };
  const result = await db.$transaction(async (tx) => {
    // The same organisation's fact-check of the same claim: by its address, else by the claim's words.
    const previous = await tx.externalReview.findFirst({
      where: c.review.url
        ? { url: c.review.url, organization: c.review.organization }
        : { url: null, organization: c.review.organization, claim: { text: clipClaim(c.text) } },
      select: { claimId: true },
    });
    if (previous)
      return { ...base, outcome: "unchanged" as const, claimId: previous.claimId, pending: [] as string[], linked: [] };
    const claim = await insertDraftClaim(tx, user, { text: clipClaim(c.text), kind: "factual" });
    if (c.claimant) {
      const claimantId = await findOrCreateActor(tx, user, c.claimant.name.slice(0, 200), c.claimant.kind);
      await tx.claim.update({ where: { id: claim.id }, data: { claimantId } });
    }
    const linked: { url: string; sourceId: string }[] = [];
    const pending: string[] = [];
    for (const url of c.appearances) {
      const source = await tx.source.findFirst({ where: { url }, select: { id: true } });
      if (!source) pending.push(url);
      else if (!linked.some((l) => l.sourceId === source.id)) {
        await tx.claimAppearance.create({ data: { claimId: claim.id, sourceId: source.id } });
        linked.push({ url, sourceId: source.id });
      }
    }
    await tx.externalReview.create({
      data: {
        claimId: claim.id,
        ...c.review,
        reviewedAt: c.review.reviewedAt ? new Date(c.review.reviewedAt) : null,
        appearanceUrls: c.appearances,
        format: c.format,
        importedById: user.userId || null,
      },
    });
    await recordAudit(tx, user, {
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      action: "import_claimreview",
      after: {
        organization: c.review.organization,
        rating,
        url: c.review.url,
        claimant: c.claimant?.name ?? null,
        appearances: c.appearances,
      },
    });
    return { ...base, outcome: "created" as const, claimId: claim.id, pending, linked };
  });
  const appearances: ClaimReviewImportItem["appearances"] = result.linked.map((l) => ({ ...l }));
  for (const url of result.pending) {
    if (!fetchAppearances) {
      appearances.push({ url, sourceId: null });
      continue;
    }
    try {
      const source = await importSourceFromUrl(user, { url }, fetchOptions);
      await addClaimAppearance(user, result.claimId, { sourceId: source.sourceId });
      appearances.push({ url, sourceId: source.sourceId });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      appearances.push({ url, sourceId: null, error: e.message });
    }
  }
  return {
    outcome: result.outcome,
    claimId: result.claimId,
    text: result.text,
    organization: result.organization,
    rating: result.rating,
    appearances,
  };
}

/** Other organisations' ratings of a claim, for the claim page. */
export async function listExternalReviews(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const rows = await db.externalReview.findMany({ where: { claimId }, orderBy: { reviewedAt: "desc" } });
  return rows.map((r) => ({ ...r, appearanceUrls: stringsIn(r.appearanceUrls) }));
}
