import { isBlank, isCodePointBoundary } from "./text";

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
export const PREFIX_SUFFIX_LENGTH = 32;

/**
 * A W3C-style TextQuoteSelector (exact, prefix, suffix) merged with a TextPositionSelector
 * (start, end). Positions are UTF-16 code unit indices (JavaScript string indices), end exclusive.
 * `prefix` / `suffix` are the up-to-32 code units around the span; they are one unit shorter when
 * the 32nd unit would split a surrogate pair, and shorter (possibly "") at the text's start/end.
 * An empty prefix/suffix therefore means "the span touches the start/end of the text".
 */
export type QuoteSelector = {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
};

export type AnchorErrorCode =
  /** start < 0, end > text.length */
  | "out_of_range"
  /** start > end, or a non-integer / NaN offset */
  | "invalid_range"
  /** start === end, or the span is whitespace only */
  | "empty"
  /** start or end falls between the two halves of a surrogate pair (e.g. inside an emoji) */
  | "split_surrogate";

/** Thrown for invalid input (caller bugs or bad API payloads), never for "could not anchor". */
export class AnchorError extends Error {
  readonly code: AnchorErrorCode;
  constructor(code: AnchorErrorCode, message: string) {
    super(message);
    this.name = "AnchorError";
    this.code = code;
  }
}

/** Builds the selector for `text.slice(start, end)`; throws `AnchorError` on invalid spans. */
export function selectorsFor(text: string, start: number, end: number): QuoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new AnchorError("invalid_range", `offsets must be integers (got ${start}, ${end})`);
  }
  if (start < 0 || end > text.length) {
    throw new AnchorError("out_of_range", `span ${start}..${end} is outside the text (length ${text.length})`);
  }
  if (start > end) throw new AnchorError("invalid_range", `start ${start} is after end ${end}`);
  if (start === end) throw new AnchorError("empty", `span ${start}..${end} is empty`);
  if (!isCodePointBoundary(text, start) || !isCodePointBoundary(text, end)) {
    throw new AnchorError("split_surrogate", `span ${start}..${end} splits a surrogate pair`);
  }
  const exact = text.slice(start, end);
  if (isBlank(exact)) throw new AnchorError("empty", `span ${start}..${end} is whitespace only`);

  let prefixStart = Math.max(0, start - PREFIX_SUFFIX_LENGTH);
  if (!isCodePointBoundary(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + PREFIX_SUFFIX_LENGTH);
  if (!isCodePointBoundary(text, suffixEnd)) suffixEnd -= 1;

  return {
    exact,
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

/** True when two selectors are identical in every field. */
export function sameSelector(a: QuoteSelector, b: QuoteSelector): boolean {
  return (
    a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end
  );
}
