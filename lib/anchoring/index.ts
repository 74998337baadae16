export {
  AnchorError,
  PREFIX_SUFFIX_LENGTH,
  sameSelector,
  selectorsFor,
  type AnchorErrorCode,
  type QuoteSelector,
} from "./selectors";
export { locateQuote, type LocateResult, type QuoteQuery } from "./locate";
export {
  reanchor,
  type ReanchorCandidate,
  type ReanchorMethod,
  type ReanchorResult,
  type ReanchorStatus,
} from "./reanchor";
export {
  DEFAULT_REANCHOR_OPTIONS,
  MAX_DP_CELLS,
  MAX_EXACT_OCCURRENCES,
  MAX_FUZZY_QUOTE_LENGTH,
  MAX_HITS_PER_CHUNK,
  MIN_CONTEXT_SIMILARITY,
  MIN_FUZZY_QUOTE_LENGTH,
  MIN_MARGIN,
  MIN_QUOTE_SIMILARITY,
  QUOTE_WEIGHT,
  type ReanchorOptions,
} from "./thresholds";
export { findFuzzyCandidates, levenshtein, stringSimilarity, type FuzzyCandidate } from "./fuzzy";
export { ContextScorer } from "./context";
