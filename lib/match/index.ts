// Claim matcher: for a source's text, the passages that bear on claims the desk holds, each with
// the claims ranked by score (best first) and a stance guess. Pure and synchronous: no I/O, no
// model. Lexical BM25 over the claims (claims are the documents, a passage is the query) with
// aliases folded to concepts, normalised by each claim's own score so 1.0 means "every word of the
// claim is in the passage". See docs/decisions/0014-claim-matching.md.
import { extractQuotes } from "@/lib/extract";
import { passagesOf } from "./passages";
import {
  countKeys,
  dateMarks,
  countsDisagree,
  differentEvents,
  isSpeculation,
  passagePolarity,
  type Stance,
} from "./stance";
import { rankClaims, type ClaimIndex, type IndexedClaim } from "./claim-index";
import { termsOf, type Term } from "./terms";

export type { Stance } from "./stance";
export { buildClaimIndex, rankClaims, type ClaimIndex, type ClaimInput } from "./claim-index";
export { passagesOf } from "./passages";

export type ClaimScore = { id: string; score: number; stance: Stance };
export type PassageMatch = { start: number; end: number; text: string; claims: ClaimScore[] };

/** A passage is proposed when its best claim reaches this share of the claim's own score. */
export const MATCH_THRESHOLD = 0.2;
/** Below this share the passage touches the claim's subject but not what it says: context. */
const CONTEXT_BELOW = 0.2;
const MAX_CLAIMS = 5;
/** Claims considered per passage (and for the source as a whole) before the topic re-ranking. */
const TOPIC_POOL = 50;
const SOURCE_POOL = 200;
/** A passage naming the claim's month or year is likelier about the same event. */
const DATE_BONUS = 1.2;

/** A passage counting the same thing for the same kind of event as the claim ("fighters killed"). */
const COUNT_BONUS = 1.3;
const sharesCount = (claim: string, counts: Set<string>) =>
  counts.size > 0 && [...countKeys(claim)].some((k) => counts.has(k));

const sharesDate = (claim: IndexedClaim, dates: Set<string>) => [...claim.dates].some((d) => dates.has(d));
/** How much the whole source's fit to a claim weighs in a passage's score. */
const TOPIC_WEIGHT = 0.7;

function stanceOf(
  claim: IndexedClaim,
  passage: string,
  passageTerms: Term[],
  shared: Term[],
  coverage: number,
  denialCue: boolean,
): Stance {
  const passagePlaces = new Set(passageTerms.filter((t) => t.place).map((t) => t.term));
  if (countsDisagree(claim.text, passage)) {
    return differentEvents(claim.text, passage, claim.places, passagePlaces) ? "context" : "contradicts";
  }
  if (passagePolarity(passage, shared, denialCue) * claim.polarity === -1) return "contradicts";
  return coverage < CONTEXT_BELOW || isSpeculation(passage) ? "context" : "supports";
}

const DENIAL_CUE = /^(?:den|reject|dismiss|refut|disput|rebu)/i;

/** Passages of `text` that bear on indexed claims, in text order, each with its best claims. */
export function matchText(index: ClaimIndex, text: string, threshold = MATCH_THRESHOLD): PassageMatch[] {
  if (!index.claims.length) return [];
  const statements = extractQuotes(text);
  // What the whole source is about: a claim the rest of the article also speaks to is the likelier
  // reading of a short passage ("the repairs went on" in a story about one bridge's closure).
  const topic = new Map(
    rankClaims(index, termsOf(text, index.aliases), SOURCE_POOL).map((r) => [r.claim.id, Math.min(1, r.score)]),
  );
  const out: PassageMatch[] = [];
  for (const p of passagesOf(text)) {
    const terms = termsOf(p.text, index.aliases);
    const dates = dateMarks(p.text);
    const counts = countKeys(p.text);
    const ranked = rankClaims(index, terms, TOPIC_POOL)
      .map((r) => ({
        ...r,
        score:
          r.score *
          (1 - TOPIC_WEIGHT + TOPIC_WEIGHT * (topic.get(r.claim.id) ?? 0)) *
          (sharesDate(r.claim, dates) ? DATE_BONUS : 1) *
          (sharesCount(r.claim.text, counts) ? COUNT_BONUS : 1),
      }))
      .sort((a, b) => b.score - a.score || a.claim.id.localeCompare(b.claim.id))
      .slice(0, MAX_CLAIMS);
    if (!ranked.length || ranked[0].score < threshold) continue;
    const denialCue = statements.some((s) => s.start < p.end && s.end > p.start && DENIAL_CUE.test(s.cue ?? ""));
    out.push({
      ...p,
      claims: ranked.map((r) => ({
        id: r.claim.id,
        score: Math.round(Math.min(1, r.score) * 1000) / 1000,
        stance: stanceOf(r.claim, p.text, terms, r.shared, r.coverage, denialCue),
      })),
    });
  }
  return out;
}

export { similarClaims, SIMILAR_WARNING_SCORE, type SimilarClaim } from "./similar";
export { compareReportedNumbers, countedEvents, type NumberGroup, type ReportedNumber } from "./numbers";
