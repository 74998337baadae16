// Word tokens with offsets. Quoted words are masked to underscores before tokenising, so a token of
// underscores stands for "some quoted text" and is never a name or a verb.
import * as lexicon from "./lexicon";

// Local bindings: the word lists are read in per-token loops.
const { ABBREVIATIONS, TITLES } = lexicon;

export type Token = {
  text: string;
  /** Text without a sentence-final full stop ("Lund." -> "Lund"; "U.S." stays). */
  word: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is a name particle such as al-Name). */
  cap: boolean;
  punct: boolean;
  quote: boolean;
  masked: boolean;
  /** Ends in a full stop that ends the sentence (not an abbreviation or initial). */
  final: boolean;
};

const QUOTE_CHARS = "“”\"‘’'«»„‚‛‹›";
const PARTICLE_RE =
  /^(?:al|el|ad|as|an|ar|at|bin|ibn|bint|abu|van|von|der|den|de|da|di|du|la|le|dos|das|del|della|ter)(?:-\p{Lu}|$)/u;

// Character classes with an ASCII table: the tokenizer runs over every character of every article.
const SPACE = 1,
  WORD = 2,
  LETTER = 4;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/\s/.test(ch)) ASCII[c] = SPACE;
  else if (/[A-Za-z]/.test(ch)) ASCII[c] = WORD | LETTER;
  else if (/[0-9_$%]/.test(ch)) ASCII[c] = WORD;
}
function cls(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c];
  if (Number.isNaN(c)) return 0;
  const ch = text[i];
  if (/\s/u.test(ch)) return SPACE;
  if (/\p{L}/u.test(ch)) return WORD | LETTER;
  return /\p{N}/u.test(ch) ? WORD : 0;
}
const isUpper = (c: string) => (c >= "A" && c <= "Z") || (c > "\u007f" && c !== c.toLowerCase());
const isJoiner = (c: number) => c === 0x2019 || c === 39 || c === 0x2018 || c === 45 || c === 46 || c === 38;

/** Words (with inner apostrophes, hyphens and dots: "Lund’s", "al-Rami", "U.S."), a plural
 *  possessive mark ("unions’"), and a final full stop; every other non-space character alone. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const k = cls(text, i);
    if (k & SPACE) {
      i++;
      continue;
    }
    const c = text[i];
    if (!(k & WORD)) {
      out.push({
        text: c,
        word: c,
        lower: c,
        start: i,
        end: i + 1,
        cap: false,
        punct: true,
        quote: QUOTE_CHARS.includes(c),
        masked: false,
        final: false,
      });
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < to && cls(text, j) & WORD) j++;
      if (j + 1 < to && isJoiner(text.charCodeAt(j)) && cls(text, j + 1) & WORD) {
        j += 2;
        continue;
      }
      break;
    }
    if (
      j + 1 < to &&
      (text[j] === "’" || text[j] === "'") &&
      text[j - 1] === "s" &&
      cls(text, j - 2) & LETTER &&
      cls(text, j + 1) & SPACE
    )
      j++;
    if (j < to && text[j] === ".") j++;
    const t = text.slice(i, j);
    const dotted = t.length > 1 && t.charCodeAt(t.length - 1) === 46;
    const base = dotted ? t.slice(0, -1) : t;
    const keepDot =
      dotted &&
      (base.includes(".") || ABBREVIATIONS.has(base) || TITLES.has(base) || (base.length === 1 && isUpper(base)));
    const word = keepDot ? t : base;
    out.push({
      text: t,
      word,
      lower: word.toLowerCase(),
      start: i,
      end: j,
      cap: isUpper(c) || (c >= "a" && c <= "z" && word.includes("-") && PARTICLE_RE.test(word)),
      punct: false,
      quote: false,
      masked: c === "_",
      final: dotted && !keepDot,
    });
    i = j;
  }
  return out;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0,
    hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const APOS = "’'‘";
/** "Lund’s", "unions’" (plain character checks: this runs for most capitalised words). */
export const isPossessive = (t: Token) => {
  const w = t.word,
    n = w.length;
  if (n < 3) return false;
  return (w[n - 1] === "s" && APOS.includes(w[n - 2])) || (w[n - 2] === "s" && (w[n - 1] === "’" || w[n - 1] === "'"));
};
export const stripPossessive = (s: string) => {
  const n = s.length;
  if (n > 2 && s[n - 1] === "s" && APOS.includes(s[n - 2])) return s.slice(0, -2);
  if (n > 2 && s[n - 2] === "s" && (s[n - 1] === "’" || s[n - 1] === "'")) return s.slice(0, -1);
  return s;
};
export const isParticle = (t: Token) =>
  /^(?:bin|ibn|bint|van|von|der|den|de|da|di|du|la|le|dos|das|del|della|ter)$/.test(t.word);
