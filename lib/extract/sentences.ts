// Paragraph and sentence boundaries. Sentences never break inside a quotation, so a quote plus its
// attribution ("A. B," she said.) stays one unit; abbreviations and initials do not end sentences.
import * as lexicon from "./lexicon";
import { findQuoteSpans, type QuoteSpan } from "./quote-marks";
import type { Span } from "./types";

// Local bindings: the word lists are read in per-token loops.
const { ABBREVIATIONS, SPEECH_VERBS } = lexicon;

export type Sentence = Span & { para: number };

const TERMINAL_END = /[.!?…:]["”’']?$/;
const isUpperStart = (c: string) => (c >= "A" && c <= "Z") || (c > "\u007f" && c !== c.toLowerCase());

/** Title Case lines without final punctuation (headlines, link lists) are not statements of fact. */
export function isHeadline(s: string): boolean {
  if (TERMINAL_END.test(s)) return false;
  let words = 0,
    caps = 0,
    inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) {
      words++;
      if (isUpperStart(s[i])) caps++;
    }
    inWord = !space;
  }
  return caps >= 0.5 * words;
}

/** Paragraphs are lines, unless the text is hard-wrapped (all lines short), then blank-line blocks. */
export function findParagraphs(text: string): Span[] {
  let long = 0,
    maxLine = 0;
  for (let from = 0; from < text.length;) {
    let nl = text.indexOf("\n", from);
    if (nl < 0) nl = text.length;
    const len = text.slice(from, nl).trim().length;
    if (len >= 50) long++;
    if (len > maxLine) maxLine = len;
    from = nl + 1;
  }
  const wrapped = long >= 5 && maxLine <= 100;
  const out: Span[] = [];
  const splitter = wrapped ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (const m of text.matchAll(splitter)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

const CLOSERS = "”’\"')]»›";
const TERMINAL = /[.!?…]/g;
const ATTRIBUTION_AHEAD = new RegExp(
  `^\\s+(?:(?:[A-Z][\\p{L}.’'-]*|the|a|an|[a-z]+)\\s+){0,5}?(?:${[...SPEECH_VERBS].join("|")})\\b`,
  "u",
);

function isAbbreviation(text: string, dot: number): boolean {
  let a = dot;
  while (a > 0 && /[\p{L}.]/u.test(text[a - 1])) a--;
  const word = text.slice(a, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) return true;
  return /^(?:\p{L}\.)+\p{L}$/u.test(word); // U.S, e.g, a.m
}

/** Sentences of every paragraph, in order. */
export function findSentences(text: string, paragraphs: Span[], quotes: QuoteSpan[]): Sentence[] {
  const out: Sentence[] = [];
  let q = 0;
  paragraphs.forEach((para, p) => {
    let start = para.start;
    const cut = (end: number) => {
      let a = start,
        b = end;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (b > a) out.push({ start: a, end: b, para: p });
      start = end;
    };
    TERMINAL.lastIndex = para.start;
    for (let m = TERMINAL.exec(text); m && m.index < para.end; m = TERMINAL.exec(text)) {
      const i = m.index,
        c = m[0];
      while (q < quotes.length && quoteEnd(quotes[q]) <= i) q++;
      const inside = q < quotes.length && quotes[q].open < i && !endsQuote(text, i, quotes[q]);
      if (inside) continue;
      if (c === "." && isAbbreviation(text, i)) continue;
      let j = i + 1;
      while (j < para.end && (CLOSERS.includes(text[j]) || ".!?…".includes(text[j]))) j++;
      if (j >= para.end) {
        cut(para.end);
        break;
      }
      if (/\s/.test(text[j])) {
        let k = j;
        while (k < para.end && /\s/.test(text[k])) k++;
        if (!/[\p{Lu}\p{N}“‘"'(\[«]/u.test(text[k])) continue;
        // "Stop!” Doe said." keeps the attribution with its quotation.
        if (c !== "." && CLOSERS.includes(text[j - 1]) && ATTRIBUTION_AHEAD.test(text.slice(j, j + 80))) continue;
        cut(j);
      } else if (
        /\p{Ll}/u.test(text[i - 1] ?? "") &&
        /\p{Ll}/u.test(text[i - 2] ?? "") &&
        /\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2))
      ) {
        cut(j); // "the region.The next" (missing space)
      }
    }
    cut(para.end);
  });
  return out;
}

/** Index of the closing mark, or for a quotation left open, the end of its text. */
function quoteEnd(qs: QuoteSpan): number {
  return qs.close >= 0 ? qs.close : qs.end;
}

/** True when the punctuation at i is the last thing inside the quotation (`...now.”`). */
function endsQuote(text: string, i: number, qs: QuoteSpan): boolean {
  if (qs.close < 0) return false;
  let j = i + 1;
  while (j < qs.close && (/\s/.test(text[j]) || ".!?…’'".includes(text[j]))) j++;
  return j === qs.close;
}

/** The text with every quotation's interior replaced by underscores, so cue verbs and speaker
 *  names are never read from inside quoted words. Nicknames stay visible (they are part of names). */
export function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  let out = "";
  let from = 0;
  for (const q of quotes) {
    if (q.nickname || q.start < from) continue;
    out += text.slice(from, q.start) + "_".repeat(q.end - q.start);
    from = q.end;
  }
  return out + text.slice(from);
}

/** Paragraphs, quotations and sentences of a text: everything that does not need cues. */
export function segment(text: string): { paragraphs: Span[]; quoteSpans: QuoteSpan[]; sentences: Sentence[] } {
  const paragraphs = findParagraphs(text);
  const quoteSpans = findQuoteSpans(text.includes("''") ? doubledApostrophes(text) : text, paragraphs);
  return { paragraphs, quoteSpans, sentences: findSentences(text, paragraphs, quoteSpans) };
}

/** A copy of the text (same length, same offsets) where a double quotation mark typed as two
 *  apostrophes (''like this'') reads as one mark plus a space, so it pairs like any other. */
function doubledApostrophes(text: string): string {
  return text.replace(/''/g, (_m, at: number) => {
    const before = text[at - 1];
    const opening = (before === undefined || /[\s([{—–-]/.test(before)) && /[\p{L}\p{N}]/u.test(text[at + 2] ?? "");
    return opening ? ' "' : '" ';
  });
}
