// Similar claims for a claim being written: the share of words two claims have in common, weighed
// both ways (a short claim inside a long one is not a duplicate), and whether one looks like the
// opposite of the other (one is negative, or their counts of the same event disagree).
import { claimHasTerm, rankClaims, type ClaimIndex } from "./index";
import { claimPolarity, countsDisagree } from "./stance";
import { termsOf } from "./terms";

export type SimilarClaim = { id: string; score: number; opposite: boolean };

/** At or above this score the form warns that the claim may already exist. */
export const SIMILAR_WARNING_SCORE = 0.6;
/** Below this score a claim is not listed as similar at all. */
const SIMILAR_MIN_SCORE = 0.25;

export function similarClaims(index: ClaimIndex, text: string, limit = 5, excludeId?: string): SimilarClaim[] {
  const terms = termsOf(text, index.aliases);
  const unique = [...new Set(terms.map((t) => t.term))];
  const n = Math.max(1, index.claims.length);
  // A word no claim has is as rare as it gets.
  const idf = (term: string) => index.idf.get(term) ?? Math.log(1 + (n + 0.5) / 0.5);
  const total = unique.reduce((s, t) => s + idf(t), 0) || 1;
  const polarity = claimPolarity(text);
  return rankClaims(index, terms, limit * 4)
    .filter((r) => r.claim.id !== excludeId)
    .map((r) => {
      const back = unique.filter((t) => claimHasTerm(index, r.claim, t)).reduce((s, t) => s + idf(t), 0) / total;
      const score = Math.sqrt(Math.min(1, r.coverage) * back);
      const opposite = r.claim.polarity !== polarity || countsDisagree(r.claim.text, text);
      return { id: r.claim.id, score: Math.round(score * 1000) / 1000, opposite };
    })
    .filter((s) => s.score >= SIMILAR_MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}
