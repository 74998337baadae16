// Turns whatever a user typed into a safe full-text query. Nothing the user types is ever passed
// to FTS5's or PostgreSQL's query syntax: every term becomes a quoted phrase (SQLite) or goes through
// phraseto_tsquery (PostgreSQL), so operators, parentheses, colons, carets and stray quotes are
// just separators. Pure TypeScript, no I/O; safe to import from client components.

/** Longer queries are refused with 422 (lib/validation/search.ts). */
export const MAX_QUERY_LENGTH = 500;
/** Terms after the first dozen are ignored: they would only make the query slower and rarer. */
export const MAX_TERMS = 12;
/** A single term is cut to this many characters (code points). */
export const MAX_TERM_LENGTH = 100;
/** The last word is matched as a prefix (search as you type) from this length on. */
export const MIN_PREFIX_LENGTH = 2;

export type SearchTerm = {
  /** Text handed to the database's own tokenizer (a word, a quoted phrase, or a chunk like "3.5" or "foo-bar"). */
  text: string;
  /** Came from balanced double quotes. */
  phrase: boolean;
  /** Match words starting with `text` (only for a single plain word). */
  prefix: boolean;
  /** Lower-cased letter/digit runs of `text`, for highlighting titles and exact-title boosts. */
  tokens: string[];
  /** Other spellings matched as well (withSpellingVariants); matched like `text`, never ranked above it. */
  variants?: string[];
};

export type ParsedQuery = { terms: SearchTerm[] };

const WORD = /[\p{L}\p{N}]+/gu;
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Control, format, surrogate (lone halves) and private-use characters: never useful in a query. */
const JUNK = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu;
/** Bare boolean operators of FTS5 and web search syntaxes; we do not support boolean queries. */
const OPERATORS = new Set(["AND", "OR", "NOT", "NEAR"]);

export const wordTokens = (text: string): string[] => (text.match(WORD) ?? []).map((w) => w.toLowerCase());

const truncate = (text: string, max: number) => {
  const points = Array.from(text);
  return points.length > max ? points.slice(0, max).join("") : text;
};

export function parseSearchQuery(raw: string): ParsedQuery {
  const text = raw
    .normalize("NFC")
    .replace(JUNK, " ")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .slice(0, MAX_QUERY_LENGTH * 2);
  const chunks: { text: string; phrase: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      const close = text.indexOf('"', i + 1);
      if (close > i) {
        chunks.push({
          text: text
            .slice(i + 1, close)
            .trim()
            .replace(/\s+/g, " "),
          phrase: true,
        });
        i = close + 1;
      } else {
        i++; // an unbalanced quote is only a separator
      }
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end]) && text[end] !== '"') end++;
    chunks.push({ text: text.slice(i, end), phrase: false });
    i = end;
  }

  const endsOpen = text.length > 0 && !/[\s"]$/.test(text);
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  chunks.forEach((chunk, index) => {
    if (terms.length >= MAX_TERMS) return;
    let value = chunk.text;
    if (!chunk.phrase && OPERATORS.has(value)) return;
    // "word*" asks for a prefix explicitly; a leading "-" or "+" is not an operator here.
    const starred = !chunk.phrase && /^[\p{L}\p{N}]+\*$/u.test(value);
    if (starred) value = value.slice(0, -1);
    if (!chunk.phrase) value = value.replace(/^[-+]+/, "");
    value = truncate(value, MAX_TERM_LENGTH);
    if (!HAS_WORD.test(value)) return;
    const isLast = index === chunks.length - 1;
    const plain = !chunk.phrase && PLAIN_WORD.test(value);
    const prefix = plain && Array.from(value).length >= MIN_PREFIX_LENGTH && (starred || (isLast && endsOpen));
    const key = `${chunk.phrase ? "p" : "w"}${prefix ? "*" : ""}:${value.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push({ text: value, phrase: chunk.phrase, prefix, tokens: wordTokens(value) });
  });
  return { terms };
}

/** Apostrophes and similar marks inside a word, which transliterations write or leave out ("Kata'ib", "Kataib"). */
const IN_WORD_MARKS = /(?<=[\p{L}\p{N}])['\u2018\u2019\u0060\u00B4](?=[\p{L}\p{N}])/gu;
const LETTERS = /^\p{L}+$/u;
const VOWEL = /^[aeiouy]$/i;
/** Words this long are also matched as two words split anywhere (where a mark may have split them). */
export const SPLIT_MIN_LETTERS = 4;
export const SPLIT_MAX_LETTERS = 24;

/**
 * Other spellings of a term that transliterated names are written in. Both tokenizers split words at
 * apostrophes ("Kata'ib" is indexed as "kata" "ib"), so a finished word typed without the mark is also
 * tried as two adjacent words split before a vowel (where the marks for hamza and ayn usually stand:
 * Kata'ib, Qur'an, Shi'a) or after a leading d, l or o ("O'Brien", "D'Arcy"); a term typed with a mark is
 * also tried without it, and one typed with diacritics also without them. The word being typed (a prefix) gets no split variants: a split prefix such as
 * "kata" + "i*" matches so many words that it made PostgreSQL searches several times slower.
 */
export function spellingVariants(term: SearchTerm): string[] {
  const variants = new Set<string>();
  const joined = term.text.replace(IN_WORD_MARKS, "");
  if (joined !== term.text) variants.add(joined);
  // Typed with diacritics, also match the name written without them ("Doğan" finds "Dogan"). The
  // other direction needs folding in the index (docs/decisions/0009-search.md).
  const folded = joined.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
  if (folded !== joined) variants.add(folded);
  if (!term.phrase && !term.prefix && LETTERS.test(term.text)) {
    const letters = Array.from(term.text);
    if (letters.length >= SPLIT_MIN_LETTERS && letters.length <= SPLIT_MAX_LETTERS)
      for (let i = 1; i < letters.length; i++)
        if (i === 1 ? /^[dlo]$/i.test(letters[0]) : VOWEL.test(letters[i]))
          variants.add(`${letters.slice(0, i).join("")} ${letters.slice(i).join("")}`);
  }
  return [...variants];
}

/** The query with each term's spelling variants attached (terms without any are left as they are). */
export function withSpellingVariants(query: ParsedQuery): ParsedQuery {
  return {
    terms: query.terms.map((t) => {
      const variants = spellingVariants(t);
      return variants.length ? { ...t, variants } : t;
    }),
  };
}

/**
 * FTS5 MATCH expression: every term a quoted string (so no operator can sneak in), implicitly ANDed;
 * optionally restricted to some columns (fixed names from our code, never user input).
 */
export function toFts5Query(query: ParsedQuery, columns?: readonly string[]): string {
  const quoted = (text: string, prefix: boolean) => `"${text.replace(/"/g, '""')}"${prefix ? "*" : ""}`;
  const terms = query.terms
    .map((t) =>
      t.variants?.length
        ? `(${[t.text, ...t.variants].map((v) => quoted(v, t.prefix)).join(" OR ")})`
        : quoted(t.text, t.prefix),
    )
    // FTS5 allows implicit AND between phrases only, not after a parenthesised group.
    .join(query.terms.some((t) => t.variants?.length) ? " AND " : " ");
  return columns?.length ? `{${columns.join(" ")}} : (${terms})` : terms;
}

/**
 * PostgreSQL tsquery parts: each is `phraseto_tsquery('simple', text)` (never throws on any text) or,
 * for a prefix word (letters and digits only, so it needs no escaping), `to_tsquery('simple', 'word':*)`.
 */
export type TsqueryPart = { fn: "phraseto_tsquery" | "to_tsquery"; arg: string };

export function toTsqueryParts(query: ParsedQuery): (TsqueryPart & { variants?: TsqueryPart[] })[] {
  const part = (text: string, prefix: boolean): TsqueryPart =>
    prefix
      ? // A prefix term is letters and digits only; a split variant of one is two such words.
        {
          fn: "to_tsquery",
          arg: text
            .split(" ")
            .map((w, i, all) => `'${w}'${i === all.length - 1 ? ":*" : ""}`)
            .join(" <-> "),
        }
      : { fn: "phraseto_tsquery", arg: text };
  return query.terms.map((t) => {
    const main = part(t.text, t.prefix);
    return t.variants?.length ? { ...main, variants: t.variants.map((v) => part(v, t.prefix)) } : main;
  });
}

/**
 * The query with every prefix term longer than `longerThan` characters matched as the whole word instead
 * (variants too), or null when there is none. It matches a subset of the query's rows.
 */
export function asWholeWords(query: ParsedQuery, longerThan = 0): ParsedQuery | null {
  const typed = (t: SearchTerm) => t.prefix && Array.from(t.text).length > longerThan;
  if (!query.terms.some(typed)) return null;
  return { terms: query.terms.map((t) => (typed(t) ? { ...t, prefix: false } : t)) };
}
