// Finds quotations by pairing quote marks inside each paragraph. Typography in real articles is
// messy (curly opens closed by straight marks, wrong-way glyphs), so a mark's role is decided by the
// characters around it first and by its glyph only when the context is ambiguous.
import type { Span } from "./types";

export type QuoteSpan = {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quotation runs to the end of its paragraph. */
  close: number;
  /** Content span: trimmed, without the marks and without a trailing comma. */
  start: number;
  end: number;
  double: boolean;
  /** A nickname inside a name (Jane "Red" Doe): never a statement. */
  nickname: boolean;
  /** Segments of one quotation spanning paragraphs share a group id. */
  group: number;
  /** Quotations nested inside this one. */
  nested: Span[];
};

const DOUBLE_OPEN = "“„‟«";
const DOUBLE_CLOSE = "”»";
const SINGLE_OPEN = "‘‚‛‹";
const SINGLE_CLOSE = "’›";
const ALL_MARKS = "\"'" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE;
const isDouble = (c: string) => c === '"' || DOUBLE_OPEN.includes(c) || DOUBLE_CLOSE.includes(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_PREV = "([{—–-/:";
const CLOSE_NEXT = ".,;:!?)]}…—–-";

type Role = "open" | "close" | "none";
const SINGLE_RE = /['‘’‚‛‹›]/g;
const DOUBLE_RE = /["“”„‟«»]/g;

/** Role of a double mark from its surroundings; `pending` breaks ties for straight quotes. */
function doubleRole(text: string, i: number, lo: number, hi: number, pending: boolean): Role {
  const c = text[i];
  const prev = i > lo ? text[i - 1] : undefined;
  const next = i + 1 < hi ? text[i + 1] : undefined;
  const openCtx = (isSpace(prev) || OPEN_PREV.includes(prev!) || ALL_MARKS.includes(prev!)) && !isSpace(next);
  const closeCtx = !isSpace(prev) && (isSpace(next) || CLOSE_NEXT.includes(next!) || ALL_MARKS.includes(next!));
  if (openCtx && !closeCtx) return "open";
  if (closeCtx && !openCtx) return "close";
  if (DOUBLE_OPEN.includes(c)) return "open";
  if (DOUBLE_CLOSE.includes(c)) return "close";
  return pending ? "close" : "open";
}

/** Role of a single mark; apostrophes (don’t, Lund’s, ’90s) get "none". */
function singleRole(text: string, i: number, lo: number, hi: number): Role {
  const prev = i > lo ? text[i - 1] : undefined;
  const next = i + 1 < hi ? text[i + 1] : undefined;
  if (isWordChar(prev) && isWordChar(next)) return "none";
  if (/^\d\ds?\b/.test(text.slice(i + 1, i + 4))) return "none";
  const openCtx =
    (isSpace(prev) || OPEN_PREV.includes(prev!) || isDouble(prev!)) && next !== undefined && !isSpace(next);
  if (openCtx && text[i] !== "’") return "open";
  const closeCtx =
    prev !== undefined && !isSpace(prev) && (isSpace(next) || CLOSE_NEXT.includes(next!) || isDouble(next!));
  return closeCtx ? "close" : "none";
}

/** A closing mark follows mark k before any opening one (looking a bounded distance ahead). */
function closesLater(marks: Array<{ role: Role }>, k: number): boolean {
  for (let j = k + 1; j < marks.length && j <= k + 50; j++) {
    if (marks[j].role === "open") return false;
    if (marks[j].role === "close") return true;
  }
  return false;
}

/** Pairs single marks in [lo, hi); a plural possessive (the generals’ plan) is skipped when a
 *  better closing mark follows before the next opening one. */
function pairSingles(text: string, lo: number, hi: number): Array<[number, number]> {
  const marks: Array<{ i: number; role: Role }> = [];
  // Searched within the range only: a search of the whole text from `lo` would run on to the next
  // apostrophe anywhere after it, which in a long text with few of them made this quadratic.
  for (const m of text.slice(lo, hi).matchAll(SINGLE_RE)) {
    const role = singleRole(text, lo + m.index, lo, hi);
    if (role !== "none") marks.push({ i: lo + m.index, role });
  }
  const pairs: Array<[number, number]> = [];
  let pending = -1;
  for (let k = 0; k < marks.length; k++) {
    const { i, role } = marks[k];
    if (role === "open") {
      pending = i;
      continue;
    }
    if (pending < 0) continue;
    const possessive = text[i - 1] === "s" && /^\s+[a-z]/.test(text.slice(i + 1, i + 3));
    if (possessive && closesLater(marks, k)) continue;
    if (i - pending > 400) {
      pending = -1;
      continue;
    }
    pairs.push([pending, i]);
    pending = -1;
  }
  return pairs;
}

function contentSpan(text: string, from: number, to: number): Span {
  let start = from,
    end = to;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && text[end - 1] === ",") end--;
  return { start, end };
}

const NICK_RE = /^[A-Z][\p{L}.’'-]*(?: [A-Z][\p{L}.’'-]*)?$/u;
function isNickname(text: string, open: number, close: number): boolean {
  return (
    NICK_RE.test(text.slice(open + 1, close)) &&
    /[A-Z][\p{L}.]*\s$/u.test(text.slice(Math.max(0, open - 20), open)) &&
    /^\s[A-Z]/.test(text.slice(close + 1, close + 3))
  );
}

function makeSpan(text: string, open: number, close: number, paraEnd: number, dbl: boolean): QuoteSpan {
  const c = contentSpan(text, open + 1, close < 0 ? paraEnd : close);
  const nickname = close >= 0 && isNickname(text, open, close);
  const nested =
    close >= 0 && !nickname ? pairSingles(text, open + 1, close).map(([o, e]) => contentSpan(text, o + 1, e)) : [];
  return { open, close, start: c.start, end: c.end, double: dbl, nickname, group: 0, nested };
}

/** All top-level quotations, sorted by opening mark. */
export function findQuoteSpans(text: string, paragraphs: Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let group = 0;
  let carryGroup = -1; // group of a quotation left open at the end of the previous paragraph
  // Every double mark once, so each paragraph does not search past its end for the next one.
  const doubles: number[] = [];
  for (const m of text.matchAll(DOUBLE_RE)) doubles.push(m.index);
  let d = 0;
  for (const para of paragraphs) {
    const lo = para.start,
      hi = para.end;
    const first = firstNonSpace(text, lo, hi);
    // News style: a quotation running over paragraphs leaves the first one unclosed and opens the
    // next one with a fresh mark. Only then do the segments belong together.
    const continued = carryGroup >= 0 && (DOUBLE_OPEN.includes(text[first]) || text[first] === '"') ? carryGroup : -1;
    carryGroup = -1;
    const stack: number[] = [];
    const segments: QuoteSpan[] = [];
    while (d < doubles.length && doubles[d] < lo) d++;
    for (; d < doubles.length && doubles[d] < hi; d++) {
      const i = doubles[d];
      const role = doubleRole(text, i, lo, hi, stack.length > 0);
      if (role === "open" && stack.length && /[.!?…]\s+$/.test(text.slice(Math.max(stack[0], i - 4), i))) {
        // A fresh quotation opening a new sentence while one is still open: the earlier one was never
        // closed. End it here rather than swallow the rest of the paragraph.
        segments.push(makeSpan(text, stack[0], -1, i, true));
        stack.length = 0;
        stack.push(i);
      } else if (role === "open" && stack.length < 2) stack.push(i);
      else if (role === "close" && stack.length) {
        const o = stack.pop()!;
        if (!stack.length) segments.push(makeSpan(text, o, i, hi, true));
      }
    }
    const unclosed = stack.length ? makeSpan(text, stack[0], -1, hi, true) : null;
    if (unclosed) segments.push(unclosed);
    // Singles outside the double quotations are top-level quotes (British style, headlines).
    const doubleSpans = [...segments];
    let from = lo;
    for (const s of [...doubleSpans, null]) {
      const to = s ? s.open : hi;
      for (const [o, c] of pairSingles(text, from, to)) segments.push(makeSpan(text, o, c, hi, false));
      if (s) from = s.close < 0 ? hi : s.close + 1;
    }
    segments.sort((a, b) => a.open - b.open);
    for (const s of segments) s.group = s.open === first && continued >= 0 ? continued : ++group;
    if (unclosed) carryGroup = unclosed.group;
    out.push(...segments.filter((s) => s.end > s.start));
  }
  return out;
}

function firstNonSpace(text: string, lo: number, hi: number): number {
  let i = lo;
  while (i < hi && /\s/.test(text[i])) i++;
  return i;
}
