import { ContextScorer } from "./context";
import { findFuzzyCandidates, type FuzzyCandidate } from "./fuzzy";
import { AnchorError, selectorsFor, type QuoteSelector } from "./selectors";
import { findOccurrences, isBlank, isCodePointBoundary } from "./text";
import { resolveOptions, type ReanchorOptions, type ResolvedReanchorOptions } from "./thresholds";

export type ReanchorStatus = "anchored" | "reanchored" | "needs_review";
export type ReanchorMethod = "position" | "exact" | "fuzzy" | "none";

/** A scored place where the old quote might now be. */
export type ReanchorCandidate = {
  selector: QuoteSelector;
  /** quoteWeight * quoteSimilarity + (1 - quoteWeight) * contextSimilarity */
  score: number;
  quoteSimilarity: number;
  contextSimilarity: number;
};

export type ReanchorResult = {
  /**
   * anchored: same position, quote and context unchanged; the stored selector stays as it is.
   * reanchored: a clear best match was found; store `selector` (position and/or exact/context changed).
   * needs_review: no clear best match; `selector` is null and a person must place the span.
   */
  status: ReanchorStatus;
  selector: QuoteSelector | null;
  /** How the span was found; "none" with needs_review. */
  method: ReanchorMethod;
  /** Score of the best candidate (1 for anchored). */
  score?: number;
  /** Score of the best competing, non-overlapping candidate, when there was one. */
  runnerUpScore?: number;
  /** Human-readable explanation, suitable for the review queue. */
  reason: string;
  /** needs_review only: up to 3 best candidates to help the reviewer. Never applied automatically. */
  candidates?: ReanchorCandidate[];
};

type Decision =
  | { accepted: ReanchorCandidate; runnerUp?: ReanchorCandidate }
  | { accepted: null; reason: string; best?: ReanchorCandidate; runnerUp?: ReanchorCandidate };

const fmt = (x: number) => x.toFixed(2);

function scoreCandidates(
  raw: FuzzyCandidate[],
  newText: string,
  scorer: ContextScorer,
  opts: ResolvedReanchorOptions,
): ReanchorCandidate[] {
  const scored: ReanchorCandidate[] = [];
  for (const c of raw) {
    if (isBlank(newText.slice(c.start, c.end))) continue;
    const contextSimilarity = scorer.similarity(newText, c.start, c.end);
    scored.push({
      selector: selectorsFor(newText, c.start, c.end),
      quoteSimilarity: c.quoteSimilarity,
      contextSimilarity,
      score: opts.quoteWeight * c.quoteSimilarity + (1 - opts.quoteWeight) * contextSimilarity,
    });
  }
  return scored.sort(
    (a, b) => b.score - a.score || b.quoteSimilarity - a.quoteSimilarity || a.selector.start - b.selector.start,
  );
}

/** The refuse-to-guess rule, shared by the exact and the fuzzy step. `sorted` is best first. */
function decide(sorted: ReanchorCandidate[], opts: ResolvedReanchorOptions): Decision {
  const [best, runnerUp] = sorted;
  if (!best) return { accepted: null, reason: "no similar passage found" };
  if (best.quoteSimilarity < opts.minQuoteSimilarity) {
    return {
      accepted: null,
      best,
      runnerUp,
      reason: `closest passage is too different (quote similarity ${fmt(best.quoteSimilarity)} < ${opts.minQuoteSimilarity})`,
    };
  }
  if (best.contextSimilarity < opts.minContextSimilarity) {
    return {
      accepted: null,
      best,
      runnerUp,
      reason:
        `best match at ${best.selector.start} is in an unrelated context ` +
        `(context similarity ${fmt(best.contextSimilarity)} < ${opts.minContextSimilarity})`,
    };
  }
  if (runnerUp && best.score - runnerUp.score < opts.minMargin) {
    return {
      accepted: null,
      best,
      runnerUp,
      reason:
        `ambiguous: candidates at ${best.selector.start} and ${runnerUp.selector.start} score ` +
        `${fmt(best.score)} and ${fmt(runnerUp.score)} (margin < ${opts.minMargin})`,
    };
  }
  return { accepted: best, runnerUp };
}

function needsReview(reason: string, pool: ReanchorCandidate[], decision?: Decision): ReanchorResult {
  const result: ReanchorResult = { status: "needs_review", selector: null, method: "none", reason };
  const best = decision?.accepted ?? (decision && "best" in decision ? decision.best : undefined);
  if (best) result.score = best.score;
  if (decision?.runnerUp) result.runnerUpScore = decision.runnerUp.score;
  if (pool.length > 0) result.candidates = pool.slice(0, 3);
  return result;
}

/**
 * Re-anchors a stored selector in a new revision of the source text, refusing to guess.
 *
 * 1. position: newText still has `exact` at [start, end) with the same prefix and suffix -> anchored.
 * 2. exact: every occurrence of `exact` is scored by context similarity; a clear best
 *    (context >= minContextSimilarity and margin >= minMargin over the next occurrence) -> reanchored.
 * 3. fuzzy: seeded approximate search; candidates (exact occurrences included) are scored by
 *    quote similarity (dominant) plus context; the best needs quote similarity >= minQuoteSimilarity,
 *    context >= minContextSimilarity and a margin >= minMargin over the runner-up -> reanchored.
 * Anything else -> needs_review with selector null.
 */
export function reanchor(old: QuoteSelector, newText: string, options?: ReanchorOptions): ReanchorResult {
  if (typeof old.exact !== "string" || isBlank(old.exact)) {
    throw new AnchorError("empty", "the stored selector has an empty or whitespace-only quote");
  }
  const opts = resolveOptions(options);
  const len = old.exact.length;

  // 1. Position check.
  if (
    Number.isInteger(old.start) &&
    old.start >= 0 &&
    old.end === old.start + len &&
    old.end <= newText.length &&
    newText.startsWith(old.exact, old.start) &&
    isCodePointBoundary(newText, old.start) &&
    isCodePointBoundary(newText, old.end)
  ) {
    const here = selectorsFor(newText, old.start, old.end);
    if (here.prefix === old.prefix && here.suffix === old.suffix) {
      return {
        status: "anchored",
        selector: here,
        method: "position",
        score: 1,
        reason: "quote and context unchanged at the stored position",
      };
    }
  }

  const scorer = new ContextScorer(old);

  // 2. Exact quote search.
  const occurrences = findOccurrences(newText, old.exact, opts.maxExactOccurrences + 1);
  if (occurrences.length > opts.maxExactOccurrences) {
    return needsReview(`quote occurs more than ${opts.maxExactOccurrences} times; too common to re-anchor`, []);
  }
  const exactRaw: FuzzyCandidate[] = occurrences.map((i) => ({
    start: i,
    end: i + len,
    distance: 0,
    quoteSimilarity: 1,
  }));
  const exact = scoreCandidates(exactRaw, newText, scorer, opts);
  const exactDecision = decide(exact, opts);
  if (exactDecision.accepted) {
    const a = exactDecision.accepted;
    const moved = a.selector.start === old.start ? "at the same position" : `moved ${old.start} -> ${a.selector.start}`;
    return {
      status: "reanchored",
      selector: a.selector,
      method: "exact",
      score: a.score,
      runnerUpScore: exactDecision.runnerUp?.score,
      reason:
        exact.length === 1
          ? `exact quote found once, ${moved}; context similarity ${fmt(a.contextSimilarity)}`
          : `exact quote found ${exact.length} times; clearly best context ${moved} ` +
            `(${fmt(a.contextSimilarity)} vs ${fmt(exactDecision.runnerUp!.contextSimilarity)})`,
    };
  }

  // 3. Fuzzy search.
  if (len < opts.minFuzzyQuoteLength || len > opts.maxFuzzyQuoteLength) {
    const why =
      len < opts.minFuzzyQuoteLength
        ? `too short for fuzzy matching (< ${opts.minFuzzyQuoteLength} characters)`
        : `too long for fuzzy matching (> ${opts.maxFuzzyQuoteLength} characters)`;
    const reason =
      exact.length > 0
        ? `exact quote found ${exact.length} time(s) but ${exactDecision.reason}; quote ${why}`
        : `quote not found and ${why}`;
    return needsReview(reason, exact, exactDecision);
  }
  const fuzzy = findFuzzyCandidates(old.exact, newText, { ...opts, boundaryHints: old });
  // Exact occurrences always compete; fuzzy candidates overlapping one of them are the same place.
  const raw = [...exactRaw];
  for (const c of fuzzy.candidates) {
    if (!raw.some((k) => c.start < k.end && k.start < c.end)) raw.push(c);
  }
  const pool = scoreCandidates(raw, newText, scorer, opts);
  const decision = decide(pool, opts);
  const note = fuzzy.truncated ? ` (search stopped after ${fuzzy.windowsSearched} of ${fuzzy.windows} windows)` : "";
  if (!decision.accepted) return needsReview(decision.reason + note, pool, decision);

  const a = decision.accepted;
  return {
    status: "reanchored",
    selector: a.selector,
    method: a.quoteSimilarity === 1 && a.selector.exact === old.exact ? "exact" : "fuzzy",
    score: a.score,
    runnerUpScore: decision.runnerUp?.score,
    reason:
      `quote changed; best match at ${a.selector.start}..${a.selector.end} ` +
      `(quote similarity ${fmt(a.quoteSimilarity)}, context ${fmt(a.contextSimilarity)}` +
      (decision.runnerUp ? `, runner-up score ${fmt(decision.runnerUp.score)})` : ", no runner-up)") +
      note,
  };
}
