// Claim matcher: for a source's text, the passages that bear on claims the desk holds, each with
// the claims ranked by score (best first) and a stance guess. Pure and synchronous: no I/O, no
// model. Lexical BM25 over the claims (claims are the documents, a passage is the query) with
// aliases folded to concepts, normalised by each claim's own score so 1.0 means "every word of the
// claim is in the passage". See docs/decisions/0014-claim-matching.md.
import { extractQuotes } from "@/lib/extract";
import { passagesOf } from "./passages";
import {
  negatedAnywhere,
  countsSomething,
  countKeys,
  dateMarks,
  countsDisagree,
  differentEvents,
  isSpeculation,
  passagePolarity,
  type Stance,
} from "./stance";
import { termsOf, words, type Term } from "./terms";
import { claimHasTerm, figuresOf, NORM, type ClaimIndex, type IndexedClaim } from "./claim-index";

export type { Stance } from "./stance";
export { passagesOf } from "./passages";
export {
  aliasChange,
  analyseClaim,
  claimHasTerm,
  buildClaimIndex,
  claimsTouchedByAliases,
  emptyClaimIndex,
  putClaims,
  refreshStatistics,
  updateClaimIndex,
  type ClaimIndex,
  type ClaimIndexChange,
  type ClaimInput,
  type IndexedClaim,
} from "./claim-index";

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
const COMMON_TERM_DF = 1000;
/** A passage naming the claim's month or year is likelier about the same event. */
const DATE_BONUS = 1.2;

/** A passage counting the same thing for the same kind of event as the claim ("fighters killed"). */
const COUNT_BONUS = 1.3;
const sharesCount = (claim: IndexedClaim, counts: Set<string>) =>
  counts.size > 0 && claim.counts.some((k) => counts.has(k));

const sharesDate = (claim: IndexedClaim, dates: Set<string>) => [...claim.dates].some((d) => dates.has(d));
/**
 * A claim dated to a year and month the source never names, while the source names other years
 * and months, is most likely about another event than the one the source reports.
 */
const OTHER_DATE_FACTOR = 0.6;
export function claimDatedElsewhere(claimDates: Set<string>, sourceDates: Set<string>): boolean {
  const isYear = (d: string) => /\d/.test(d);
  let decided = false;
  for (const kind of [isYear, (d: string) => !isYear(d)]) {
    const mine = [...claimDates].filter(kind);
    const theirs = [...sourceDates].filter(kind);
    if (!mine.length || !theirs.length) continue;
    if (mine.some((d) => sourceDates.has(d))) return false;
    decided = true;
  }
  return decided;
}

/**
 * What happened is the heart of a claim: a passage that names the same people and places but not
 * the claim's event (killed, wounded, seized, withdrew, deployed, funded) reports something else.
 */
const MISSING_EVENT_FACTOR = 0.8;
const missesEvent = (claim: IndexedClaim, present: Set<string>) =>
  claim.events.length > 0 && !claim.events.some((e) => present.has(e));

/** A claim that someone said something is borne out by a passage reporting speech, seldom by narration. */
const UNREPORTED_QUOTE_FACTOR = 0.8;

/**
 * A passage that misses what a claim is about bears on it less: a negative claim's denied thing
 * ("links" in "has no links") when the passage is not negative itself, or the event a reported
 * statement is about ("the strikes" in "officials describe the strikes as self-defence").
 */
const OFF_SUBJECT_FACTOR = 0.8;
const offSubject = (claim: IndexedClaim, present: Set<string>, negative: boolean) =>
  (claim.polarity === -1 && !negative && claim.negated.size > 0 && ![...claim.negated].some((t) => present.has(t))) ||
  (claim.kind === "quote_attribution" && claim.acts.length > 0 && !claim.acts.some((a) => present.has(a)));

/** A claim about how many is seldom what a passage giving no figure at all is about. */
const NO_FIGURE_FACTOR = 0.8;

/** A passage giving the same figure as the claim most likely reports it; small counts (under ten) recur by chance. */
const SAME_FIGURE_BONUS = 1.3;
/**
 * The matcher's few tunable numbers, in one place so that bench/match-loao.ts can sweep them on
 * some articles and score the rest (tuning on what is scored would only measure the fit).
 */
export type MatchTuning = {
  /** A passage is proposed when its best claim reaches this share of the claim's own score. */
  threshold: number;
  /** ...and either reaches `confident` or beats the runner-up by this factor. */
  margin: number;
  confident: number;
  /** How much the best score of a claim in the previous passage adds to a passage's own. */
  neighbourWeight: number;
  /** How much the whole source's fit to a claim weighs in a passage's score. */
  topicWeight: number;
};
export const DEFAULT_TUNING: MatchTuning = {
  threshold: MATCH_THRESHOLD,
  margin: 1.1,
  confident: 0.25,
  neighbourWeight: 0.3,
  topicWeight: 0.7,
};

/** Claims ranked for a piece of text by the share of each claim's weight the text contains. */
export function rankClaims(
  index: ClaimIndex,
  terms: Term[],
  limit = index.claims.length,
  doc?: DocumentWeights,
): Array<{ claim: IndexedClaim; score: number; coverage: number }> {
  // Plain arrays and a bounded insertion list: this runs once per passage over up to all claims.
  const sums = index.scratch;
  const touched: number[] = [];
  for (const term of new Set(terms.map((t) => t.term))) {
    const postings = index.postings.get(term);
    // A word in a third of a large bank ranks nothing and costs the most: skip it.
    if (!postings || (postings.size > COMMON_TERM_DF && postings.size * 3 > index.claims.length)) continue;
    const factor = doc?.factor.get(term) ?? 1;
    const { claims, weight } = postings;
    for (let k = 0; k < postings.size; k++) {
      const claim = claims[k];
      if (sums[claim] === 0) touched.push(claim);
      sums[claim] += weight[k] * factor;
    }
  }
  const top: Array<{ i: number; score: number; sum: number }> = [];
  for (const i of touched) {
    const sum = sums[i];
    sums[i] = 0;
    const score = sum * (doc ? doc.scale[i] : index.claims[i].scale);
    if (top.length >= limit && score <= top[top.length - 1].score) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1].score < score || (top[at - 1].score === score && top[at - 1].i > i))) at--;
    top.splice(at, 0, { i, score, sum });
    if (top.length > limit) top.pop();
  }
  return top.map(({ i, score, sum }) => {
    const claim = index.claims[i];
    const self = doc ? doc.self[i] : claim.self;
    return { claim, score, coverage: sum / self };
  });
}

/**
 * Term weights for one source: a word most of the source's sentences use ("Iran" in a story about
 * Iran) tells its passages apart less than a word only one sentence uses, so its weight is lowered
 * in both the passage's sum and the claim's own total (the claim's coverage is then measured on
 * the words that are specific within this source).
 */
export type DocumentWeights = { factor: Map<string, number>; self: Float64Array; scale: Float64Array };

/** Weight kept by a word that every sentence of the source uses. */
const DOC_FLOOR = 0.8;

export function documentWeights(index: ClaimIndex, sentences: Term[][]): DocumentWeights {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.map((x) => x.term))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, sentences.length);
  const top = Math.log(1 + n);
  const factor = new Map<string, number>();
  // A word in one sentence keeps its full weight; a word in all of them keeps DOC_FLOOR of it.
  for (const [t, k] of df) factor.set(t, DOC_FLOOR + (1 - DOC_FLOOR) * (Math.log(1 + n / k) / top));
  const self = new Float64Array(index.claims.length);
  const scale = new Float64Array(index.claims.length);
  let total = 0;
  index.claims.forEach((c, i) => {
    self[i] = c.self;
    total += c.self;
  });
  // Only the claims that hold the source's words lose weight: walk those words' postings.
  for (const [t, f] of factor) {
    const postings = index.postings.get(t);
    for (let k = 0; k < (postings?.size ?? 0); k++) {
      const cut = postings!.weight[k] * (1 - f);
      self[postings!.claims[k]] -= cut;
      total -= cut;
    }
  }
  for (let i = 0; i < self.length; i++) if (!(self[i] > 0)) self[i] = 1;
  const avg = total / Math.max(1, index.claims.length) || 1;
  for (let i = 0; i < self.length; i++) scale[i] = 1 / (self[i] ** NORM * avg ** (1 - NORM));
  return { factor, self, scale };
}

function stanceOf(
  claim: IndexedClaim,
  passage: string,
  passageTerms: Term[],
  /** Terms of the passage and of the clause before it in the same paragraph (who the clause is about). */
  around: Set<string>,
  shared: Term[],
  coverage: number,
  denialCue: boolean,
): Stance {
  const passagePlaces = new Set(passageTerms.filter((t) => t.place).map((t) => t.term));
  if (countsDisagree(claim.text, passage)) {
    return differentEvents(claim.text, passage, claim.places, passagePlaces) ? "context" : "contradicts";
  }
  const polarity = passagePolarity(passage, shared, denialCue);
  // A positive passage contradicts a negative claim ("has no links") only when it names what the
  // claim denies; otherwise it is merely on the claim's subject.
  if (claim.polarity === -1 && polarity === 1 && !shared.some((t) => claim.negated.has(t.term))) return "context";
  if (polarity * claim.polarity === -1) return "contradicts";
  if (coverage < CONTEXT_BELOW || isSpeculation(passage)) return "context";
  // A claim about who did it is backed only by a passage that names who ("armed groups fired
  // rockets" is context for "the Sable Front fired the rockets").
  if (claim.agent.length && !claim.agent.every((a) => around.has(a))) return "context";
  // A claim about what someone said of an event ("officials describe the strikes as …") is only
  // borne out by a passage about that event; readiness or threats in general are its context.
  if (claim.kind === "quote_attribution" && claim.acts.length && !claim.acts.some((a) => around.has(a)))
    return "context";
  // A claim about how many ("about 900 troops") is neither supported nor denied by a passage that
  // gives no figure at all: it only mentions the topic.
  return claim.counted && !countsSomething(passage) ? "context" : "supports";
}

const DENIAL_CUE = /^(?:den|reject|dismiss|refut|disput|rebu)/i;

/** The source's terms inside [start, end), word indexes counted from the passage's first word. */
function termsWithin(terms: Term[], wordStarts: number[], start: number, end: number): Term[] {
  const firstAtOrAfter = <T>(xs: T[], key: (x: T) => number) => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(xs[mid]) < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Word indexes are the source's; the passage's first word is word 0 of the passage.
  const first = firstAtOrAfter(wordStarts, (x) => x);
  const out: Term[] = [];
  for (let i = firstAtOrAfter(terms, (t) => t.start); i < terms.length && terms[i].end <= end; i++)
    out.push({ ...terms[i], index: terms[i].index - first });
  return out;
}

/**
 * A passage is proposed when its best claim reaches the threshold and either stands clear of the
 * runner-up (a passage that fits several claims about equally fits none of them well) or is strong
 * on its own.
 */
export function confident(
  best: number,
  second: number,
  threshold: number,
  tuning: Pick<MatchTuning, "margin" | "confident"> = DEFAULT_TUNING,
): boolean {
  // Threshold 0 lists every passage that touches any claim (error analysis, bench/match-errors.ts).
  if (threshold <= 0) return true;
  return best >= threshold && (best >= tuning.confident || best >= tuning.margin * second);
}

/** Passages of `text` that bear on indexed claims, in text order, each with its best claims. */
export function matchText(
  index: ClaimIndex,
  text: string,
  options: number | Partial<MatchTuning> = {},
): PassageMatch[] {
  if (!index.claims.length) return [];
  const tuning = { ...DEFAULT_TUNING, ...(typeof options === "number" ? { threshold: options } : options) };
  const { threshold, neighbourWeight, topicWeight } = tuning;
  const statements = extractQuotes(text);
  // What the whole source is about: a claim the rest of the article also speaks to is the likelier
  // reading of a short passage ("the repairs went on" in a story about one bridge's closure).
  const docTerms = termsOf(text, index.aliases);
  const wordStarts = words(text).map((w) => w.start);
  const passages = passagesOf(text).map((p) => ({ ...p, terms: termsWithin(docTerms, wordStarts, p.start, p.end) }));
  const topic = new Map(rankClaims(index, docTerms, SOURCE_POOL).map((r) => [r.claim.id, Math.min(1, r.score)]));
  const out: PassageMatch[] = [];
  const doc = documentWeights(
    index,
    passages.map((p) => p.terms),
  );
  type Scored = ReturnType<typeof rankClaims>[number];
  const sourceDates = dateMarks(text);
  const elsewhere = new Map<IndexedClaim, boolean>();
  const datedElsewhere = (claim: IndexedClaim) => {
    let v = elsewhere.get(claim);
    if (v === undefined)
      elsewhere.set(claim, (v = claim.dates.size > 0 && claimDatedElsewhere(claim.dates, sourceDates)));
    return v;
  };
  const pools: Array<Map<string, Scored>> = passages.map((p) => {
    const dates = dateMarks(p.text);
    const counts = countKeys(p.text);
    const pool = new Map<string, Scored>();
    const present = new Set(p.terms.map((t) => t.term));
    const figures = figuresOf(p.text);
    const counted = countsSomething(p.text);
    const reported = statements.some((s) => s.start < p.end && s.end > p.start);
    const negative = negatedAnywhere(p.text);
    for (const r of rankClaims(index, p.terms, TOPIC_POOL, doc))
      pool.set(r.claim.id, {
        ...r,
        score:
          r.score *
          (1 - topicWeight + topicWeight * (topic.get(r.claim.id) ?? 0)) *
          (sharesDate(r.claim, dates) ? DATE_BONUS : 1) *
          (sharesCount(r.claim, counts) ? COUNT_BONUS : 1) *
          (r.claim.figures.some((v) => figures.has(v)) ? SAME_FIGURE_BONUS : 1) *
          (r.claim.counted && !counted ? NO_FIGURE_FACTOR : 1) *
          (datedElsewhere(r.claim) ? OTHER_DATE_FACTOR : 1) *
          (missesEvent(r.claim, present) ? MISSING_EVENT_FACTOR : 1) *
          (r.claim.kind === "quote_attribution" && !reported ? UNREPORTED_QUOTE_FACTOR : 1) *
          (offSubject(r.claim, present, negative) ? OFF_SUBJECT_FACTOR : 1),
      });
    return pool;
  });
  passages.forEach((p, at) => {
    const own = pools[at];
    // Whether to propose the passage at all rests on its own words; neighbours only re-rank.
    const gate = [...own.values()].map((r) => r.score).sort((a, b) => b - a);
    if (!gate.length || !confident(gate[0], gate[1] ?? 0, threshold, tuning)) return;
    // The neighbouring passages of the same paragraph say what a short passage refers to ("They
    // responded with air strikes" after a sentence naming who and where).
    // Only the passage before: a clause takes its who and where from what precedes it, and a
    // sentence's opening clause must not take the claim of the clause after it.
    const near = at > 0 && !/\n\s*\n/.test(text.slice(passages[at - 1].end, p.start)) ? [pools[at - 1]] : [];
    const ids = new Set([...own.keys(), ...near.flatMap((x) => [...x.keys()])]);
    const before = near.includes(pools[at - 1]) ? passages[at - 1].terms : [];
    const around = new Set([...before, ...p.terms].map((t) => t.term));
    const ranked = [...ids]
      .map((id) => {
        const mine = own.get(id);
        const around = Math.max(0, ...near.map((x) => x.get(id)?.score ?? 0));
        const base = mine ?? {
          ...(near.map((x) => x.get(id)).find(Boolean) as Scored),
          score: 0,
          coverage: 0,
        };
        return { ...base, score: (mine?.score ?? 0) + neighbourWeight * around };
      })
      .sort((a, b) => b.score - a.score || a.claim.id.localeCompare(b.claim.id))
      .slice(0, MAX_CLAIMS);
    const denialCue = statements.some((s) => s.start < p.end && s.end > p.start && DENIAL_CUE.test(s.cue ?? ""));
    out.push({
      start: p.start,
      end: p.end,
      text: p.text,
      claims: ranked.map((r) => ({
        id: r.claim.id,
        score: Math.round(Math.min(1, r.score) * 1000) / 1000,
        stance: stanceOf(
          r.claim,
          p.text,
          p.terms,
          around,
          p.terms.filter((t) => claimHasTerm(index, r.claim, t.term)),
          r.coverage,
          denialCue,
        ),
      })),
    });
  });
  return out;
}

export { compareReportedNumbers, countedEvents, type NumberGroup, type ReportedNumber } from "./numbers";
