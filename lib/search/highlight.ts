// Highlighting without HTML: the database marks matches with two private-use characters, and we
// return plain text plus [start, end) ranges (UTF-16 offsets) that the UI renders as <mark> elements.
// Pure TypeScript; safe to import from client components.
import { wordTokens, type ParsedQuery } from "./query";

/** Sentinels handed to FTS5 snippet() and ts_headline(); stripped from queries, so users cannot forge them. */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

export type Range = [start: number, end: number];
export type Highlighted = { text: string; highlights: Range[] };

/** Splits sentinel-marked text into plain text and ranges. Unbalanced sentinels are dropped. */
export function parseMarked(marked: string): Highlighted {
  let text = "";
  const highlights: Range[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_START) {
      if (open < 0) open = text.length;
    } else if (ch === MARK_END) {
      if (open >= 0 && text.length > open) pushRange(highlights, [open, text.length]);
      open = -1;
    } else {
      text += ch;
    }
  }
  if (open >= 0 && text.length > open) pushRange(highlights, [open, text.length]);
  return { text, highlights };
}

function pushRange(ranges: Range[], range: Range) {
  const last = ranges[ranges.length - 1];
  if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
  else ranges.push(range);
}

export const hasMarks = (marked: string | null | undefined) => !!marked && marked.includes(MARK_START);

/**
 * Ranges of `text` words that match a query word (prefix words by their start), for titles we have
 * as plain text. Case-insensitive; the same letter/digit runs the query parser uses.
 */
export function highlightWords(text: string, query: ParsedQuery): Range[] {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of query.terms) {
    term.tokens.forEach((token, i) => {
      if (term.prefix && i === term.tokens.length - 1) prefixes.push(token);
      else exact.add(token);
    });
  }
  const ranges: Range[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0].toLowerCase();
    if (exact.has(word) || prefixes.some((p) => word.startsWith(p)))
      pushRange(ranges, [m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** Splits text into plain and marked segments for rendering; ranges out of bounds are clamped. */
export function segments(text: string, ranges: readonly Range[]): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(rawStart, text.length));
    const end = Math.max(start, Math.min(rawEnd, text.length));
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    if (end > start) out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** How well a title matches: 2 when it is exactly the query's words, 1 when it holds all of them, else 0. */
export function titleMatch(title: string, query: ParsedQuery): 0 | 1 | 2 {
  const titleWords = wordTokens(title);
  if (!query.terms.length || !titleWords.length) return 0;
  const queryWords = query.terms.flatMap((t) => t.tokens);
  const lastPrefix = query.terms[query.terms.length - 1]?.prefix;
  const sameLength = titleWords.length === queryWords.length;
  if (
    sameLength &&
    titleWords.every((w, i) =>
      i === queryWords.length - 1 && lastPrefix ? w.startsWith(queryWords[i]) : w === queryWords[i],
    )
  )
    return 2;
  const present = new Set(titleWords);
  const all = query.terms.every((t) =>
    t.tokens.every((token, i) =>
      t.prefix && i === t.tokens.length - 1 ? titleWords.some((w) => w.startsWith(token)) : present.has(token),
    ),
  );
  return all ? 1 : 0;
}
