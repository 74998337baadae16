import { AnchorError, selectorsFor, type QuoteSelector } from "./selectors";
import { findOccurrences, isBlank } from "./text";
import { foldTypography } from "./typography";

/** What an API client sends to create evidence: the quote, optionally context and position. */
export type QuoteQuery = {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
};

export type LocateResult =
  | { ok: true; selector: QuoteSelector }
  | {
      ok: false;
      reason: "not_found" | "ambiguous" | "position_mismatch";
      /**
       * not_found: occurrences of `exact` (0, or how many exist when the given prefix/suffix matched none);
       * ambiguous: occurrences still matching after the prefix/suffix filter;
       * position_mismatch: occurrences of `exact` anywhere in the text (the position is not corrected for you).
       */
      candidates: number;
    };

/**
 * Does the given prefix/suffix agree with the text around [start, end)? The client may send less
 * than 32 characters of context; "" or undefined means "no context given".
 */
function contextMatches(text: string, start: number, end: number, q: QuoteQuery): boolean {
  if (q.prefix && !text.slice(0, start).endsWith(q.prefix)) return false;
  if (q.suffix && !text.startsWith(q.suffix, end)) return false;
  return true;
}

/**
 * Resolves a client's quote to exactly one span of `text`, strictly and without guessing:
 * - with start and/or end: that span must be `exact` (and agree with any prefix/suffix), otherwise
 *   "position_mismatch", even if the quote exists elsewhere;
 * - otherwise `exact` must occur exactly once among the occurrences whose surroundings agree with
 *   the given prefix/suffix: none -> "not_found", several -> "ambiguous".
 * Matching is exact except for typographic variants (typography.ts): a typed "don't" matches the
 * source's "don’t", and the selector holds the source's characters. No case, whitespace or Unicode
 * normalization.
 * Throws AnchorError("empty") for an empty or whitespace-only `exact`, and the errors of
 * `selectorsFor` for spans splitting a surrogate pair.
 */
export function locateQuote(text: string, q: QuoteQuery): LocateResult {
  if (typeof q.exact !== "string" || isBlank(q.exact)) {
    throw new AnchorError("empty", "exact quote is empty or whitespace only");
  }
  const len = q.exact.length;
  // Folding keeps lengths, so offsets found in the folded text are offsets in `text`.
  const folded = foldTypography(text);
  const query: QuoteQuery = {
    ...q,
    exact: foldTypography(q.exact),
    prefix: q.prefix && foldTypography(q.prefix),
    suffix: q.suffix && foldTypography(q.suffix),
  };
  const occurrences = findOccurrences(folded, query.exact);

  if (q.start !== undefined || q.end !== undefined) {
    const start = q.start ?? (q.end as number) - len;
    const end = q.end ?? start + len;
    const fits =
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      end <= text.length &&
      end - start === len &&
      folded.startsWith(query.exact, start) &&
      contextMatches(folded, start, end, query);
    if (!fits) return { ok: false, reason: "position_mismatch", candidates: occurrences.length };
    return { ok: true, selector: selectorsFor(text, start, end) };
  }

  if (occurrences.length === 0) return { ok: false, reason: "not_found", candidates: 0 };
  const matching = occurrences.filter((i) => contextMatches(folded, i, i + len, query));
  if (matching.length === 1) return { ok: true, selector: selectorsFor(text, matching[0], matching[0] + len) };
  if (matching.length === 0) return { ok: false, reason: "not_found", candidates: occurrences.length };
  return { ok: false, reason: "ambiguous", candidates: matching.length };
}
