import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { SIMILAR_WARNING_SCORE, similarClaims } from "@/lib/match/similar";
import { parseInput } from "@/lib/validation/parse";
import { similarClaimsQuery } from "@/lib/validation/claim-matches";
import type { ClaimIndex } from "@/lib/match";
import { currentClaimIndex, type LiveClaimIndex } from "./claim-index";

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

/** Similar-claim answers kept per index generation (a claim page's panel asks the same on every view). */
const MAX_ANSWERS = 1000;
type Held = { live: LiveClaimIndex; generation: number; answers: Map<string, Promise<SimilarClaimItem[]>> };
const holder = globalThis as unknown as { claimdeskSimilarAnswers?: Held };

/**
 * Answers come from the process's claim index (lib/services/claim-index.ts), which applies every claim
 * change committed before the call, by any process; they are kept until the index next changes, since
 * each is a ranking plus one read of the listed claims (their slug, text and status are claim writes too).
 */
async function similarTo(text: string, excludeId?: string, limit = 5): Promise<SimilarClaimItem[]> {
  const live = await currentClaimIndex();
  let held = holder.claimdeskSimilarAnswers;
  if (held?.live !== live || held.generation !== live.generation)
    held = holder.claimdeskSimilarAnswers = { live, generation: live.generation, answers: new Map() };
  const { answers } = held;
  const key = JSON.stringify([text, excludeId ?? null, limit]);
  let found = answers.get(key);
  if (!found) {
    if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value!);
    found = answer(live.index, text, excludeId, limit);
    answers.set(key, found);
    found.catch(() => answers.delete(key));
  }
  return found;
}

async function answer(index: ClaimIndex, text: string, excludeId: string | undefined, limit: number) {
  // Ranked before the first await: the index may be patched while the claims are read.
  const found = similarClaims(index, text, limit, excludeId);
  const db = await getDb();
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
