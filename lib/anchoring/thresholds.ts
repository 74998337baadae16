/**
 * Default thresholds for re-anchoring. See docs/decisions/0004-anchors-refuse-to-guess.md.
 * All similarities are in [0, 1].
 */

/**
 * Minimum similarity between the old quote and a candidate passage:
 * 1 - levenshtein(old, candidate) / max(old.length, candidate.length).
 * 0.75 allows roughly one changed word in a sentence, not a rewrite.
 */
export const MIN_QUOTE_SIMILARITY = 0.75;

/**
 * Minimum lead of the best candidate's score over the runner-up's score (same scale as the score,
 * i.e. 0.1 of the combined score; between two exact duplicates that is a context difference of 0.4).
 * Below it the span needs review: we never pick between near-equals.
 */
export const MIN_MARGIN = 0.1;

/**
 * Minimum context similarity (mean of prefix and suffix similarity) of the chosen candidate.
 * Stops the Hypothesis failure: the quote vanished from its place and the same (or similar)
 * words exist elsewhere in an unrelated context. One intact side of the context scores >= 0.5.
 */
export const MIN_CONTEXT_SIMILARITY = 0.3;

/** Weight of quote similarity in the combined score; context gets 1 - QUOTE_WEIGHT. */
export const QUOTE_WEIGHT = 0.75;

/** Quotes shorter than this are only matched exactly (fuzzy matching of a few letters is noise). */
export const MIN_FUZZY_QUOTE_LENGTH = 8;

/** More exact occurrences than this (e.g. a one-word quote) is reported as needs_review. */
export const MAX_EXACT_OCCURRENCES = 5_000;

/** A seed chunk of the quote found more often than this in the text carries no signal and is dropped. */
export const MAX_HITS_PER_CHUNK = 2_000;

/**
 * Budget of edit-distance matrix cells (quote length x window length) for one fuzzy search. They are
 * computed 32 rows per machine word (about 0.5 ns per cell here), so this bounds the alignment work
 * at roughly 30 ms. The best-seeded window is always searched.
 */
export const MAX_DP_CELLS = 60_000_000;

/** Quotes longer than this are only matched exactly (one alignment window would blow the budget). */
export const MAX_FUZZY_QUOTE_LENGTH = 5_000;

export type ReanchorOptions = {
  minQuoteSimilarity?: number;
  minMargin?: number;
  minContextSimilarity?: number;
  quoteWeight?: number;
  minFuzzyQuoteLength?: number;
  maxFuzzyQuoteLength?: number;
  maxExactOccurrences?: number;
  maxHitsPerChunk?: number;
  maxDpCells?: number;
};

export type ResolvedReanchorOptions = Required<ReanchorOptions>;

export const DEFAULT_REANCHOR_OPTIONS: ResolvedReanchorOptions = Object.freeze({
  minQuoteSimilarity: MIN_QUOTE_SIMILARITY,
  minMargin: MIN_MARGIN,
  minContextSimilarity: MIN_CONTEXT_SIMILARITY,
  quoteWeight: QUOTE_WEIGHT,
  minFuzzyQuoteLength: MIN_FUZZY_QUOTE_LENGTH,
  maxFuzzyQuoteLength: MAX_FUZZY_QUOTE_LENGTH,
  maxExactOccurrences: MAX_EXACT_OCCURRENCES,
  maxHitsPerChunk: MAX_HITS_PER_CHUNK,
  maxDpCells: MAX_DP_CELLS,
});

export function resolveOptions(options?: ReanchorOptions): ResolvedReanchorOptions {
  const resolved = { ...DEFAULT_REANCHOR_OPTIONS };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value !== undefined) (resolved as Record<string, number>)[key] = value;
  }
  return resolved;
}
