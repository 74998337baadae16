import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { databaseTarget } from "@/lib/db/target";
import { SIMILAR_WARNING_SCORE, similarClaims } from "@/lib/match/similar";
import { parseInput } from "@/lib/validation/parse";
import { similarClaimsQuery } from "@/lib/validation/claim-matches";
import type { ClaimIndex } from "@/lib/match";
import { workspaceClaimIndex } from "./claim-matches";
import { searchDataVersion } from "./search";

export type SimilarClaimItem = {
  id: string;
  slug: string;
  text: string;
  status: string;
  score: number;
  /** One of the two is negative, or they count the same event differently. */
  opposite: boolean;
  /** Score at or above the warning threshold: possibly the same claim. */
  warn: boolean;
};

/** Similar-claim answers kept per data version (a claim page's panel asks the same on every view). */
const MAX_ANSWERS = 1000;
type Held = {
  url: string;
  version: number;
  index: Promise<ClaimIndex>;
  answers: Map<string, Promise<SimilarClaimItem[]>>;
};
const holder = globalThis as unknown as { claimdeskClaimIndex?: Held };

/**
 * The matcher's index of every claim, and the answers given from it, kept per data version instead of
 * rebuilt per view: building the index reads every claim with its actors and tags (hundreds of
 * milliseconds at 100,000 claims), and scoring a claim against it tens. Every table either reads moves
 * the search data version (ADR 0009), so a write by any process is seen by the next call; concurrent
 * callers share one build. Null when there is no version to trust (nothing is kept then).
 */
async function current(): Promise<Held | null> {
  const db = await getDb();
  const version = await searchDataVersion();
  const { url } = databaseTarget(process.env);
  const held = holder.claimdeskClaimIndex;
  if (version === null || (held?.url === url && version < held.version)) return null;
  if (held?.url === url && held.version === version) return held;
  const entry: Held = { url, version, index: workspaceClaimIndex(db), answers: new Map() };
  holder.claimdeskClaimIndex = entry;
  entry.index.catch(() => {
    if (holder.claimdeskClaimIndex === entry) holder.claimdeskClaimIndex = undefined;
  });
  return entry;
}

async function similarTo(text: string, excludeId?: string, limit = 5): Promise<SimilarClaimItem[]> {
  const held = await current();
  if (!held) return answer(await workspaceClaimIndex(await getDb()), text, excludeId, limit);
  const key = JSON.stringify([text, excludeId ?? null, limit]);
  let found = held.answers.get(key);
  if (!found) {
    if (held.answers.size >= MAX_ANSWERS) held.answers.delete(held.answers.keys().next().value!);
    found = held.index.then((index) => answer(index, text, excludeId, limit));
    held.answers.set(key, found);
    found.catch(() => held.answers.delete(key));
  }
  return found;
}

async function answer(index: ClaimIndex, text: string, excludeId: string | undefined, limit: number) {
  const db = await getDb();
  const found = similarClaims(index, text, limit, excludeId);
  if (!found.length) return [];
  const rows = await db.claim.findMany({
    where: { id: { in: found.map((f) => f.id) } },
    select: { id: true, slug: true, text: true, status: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return found.flatMap((f) => {
    const row = byId.get(f.id);
    return row ? [{ ...row, score: f.score, opposite: f.opposite, warn: f.score >= SIMILAR_WARNING_SCORE }] : [];
  });
}

/** Existing claims most like a claim being written (form, reader dialog, API, CLI). */
export async function findSimilarClaims(principal: Principal | null, rawQuery: unknown) {
  requirePermission(principal, "staff:read");
  const { text } = parseInput(similarClaimsQuery, rawQuery);
  const items = await similarTo(text);
  return { items, warning: items.some((i) => i.warn), threshold: SIMILAR_WARNING_SCORE };
}

/**
 * For a claim page: similar claims, and which of them look like its opposite. The page has already
 * read the claim and its related claims (lib/services/claim-page.ts), so they are given, not read again.
 */
export async function similarToClaim(
  principal: Principal | null,
  claim: { id: string; text: string },
  relatedIds: string[],
) {
  requirePermission(principal, "staff:read");
  const related = new Set(relatedIds);
  return (await similarTo(claim.text, claim.id, 8)).map((s) => ({ ...s, related: related.has(s.id) }));
}
