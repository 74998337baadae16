import { describe, expect, it } from "vitest";
import {
  asWholeWords,
  MAX_TERMS,
  parseSearchQuery,
  SPLIT_MAX_LETTERS,
  toFts5Query,
  toTsqueryParts,
  withSpellingVariants,
} from "./query";

const terms = (q: string) =>
  parseSearchQuery(q).terms.map((t) => `${t.phrase ? "P:" : ""}${t.text}${t.prefix ? "*" : ""}`);

describe("parseSearchQuery", () => {
  it("splits words, keeps balanced quoted phrases and prefixes the last word being typed", () => {
    expect(terms("ferry dawn")).toEqual(["ferry", "dawn*"]);
    expect(terms("ferry dawn ")).toEqual(["ferry", "dawn"]);
    expect(terms('"first sailing" dawn')).toEqual(["P:first sailing", "dawn*"]);
    expect(terms('dawn "first  sailing"')).toEqual(["dawn", "P:first sailing"]);
    expect(terms("f")).toEqual(["f"]); // too short to be a prefix
    expect(terms("ferry*  dawn ")).toEqual(["ferry*", "dawn"]); // an explicit prefix
  });

  it("treats unbalanced quotes, operators and syntax characters as plain separators or text", () => {
    expect(terms('"unbalanced ferry')).toEqual(["unbalanced", "ferry*"]);
    expect(terms('a "b" "cd')).toEqual(["a", "P:b", "cd*"]);
    expect(terms("ferry AND dawn OR NOT brask NEAR")).toEqual(["ferry", "dawn", "brask"]);
    expect(terms("and or")).toEqual(["and", "or*"]); // lower-case words are just words
    expect(terms("-ferry +dawn ")).toEqual(["ferry", "dawn"]);
    expect(terms("title:ferry (dawn) ^x ")).toEqual(["title:ferry", "(dawn)", "^x"]);
    for (const q of [
      "",
      "   ",
      '"',
      '""',
      "*",
      "-",
      "()",
      "!!!",
      "🙂",
      "🙂 🙂",
      "AND OR NOT",
      "\u0000",
      "\uD800",
      "\uE000\uE001",
    ]) {
      expect(parseSearchQuery(q).terms, JSON.stringify(q)).toEqual([]);
    }
  });

  it("removes control, format, surrogate and private-use characters, and folds typographic quotes", () => {
    expect(terms("fer\u0000ry")).toEqual(["fer", "ry*"]);
    expect(terms("\uE000ferry\uE001 ")).toEqual(["ferry"]);
    expect(terms("“first sailing”")).toEqual(["P:first sailing"]);
    expect(terms("caf\u0065\u0301")).toEqual(["café*"]); // NFC
  });

  it("bounds the number and length of terms and drops repeats", () => {
    expect(parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ")).terms).toHaveLength(MAX_TERMS);
    expect(parseSearchQuery("x".repeat(300)).terms[0].text).toHaveLength(100);
    expect(terms("ferry ferry FERRY ")).toEqual(["ferry"]);
  });

  it("keeps word tokens for highlighting", () => {
    expect(parseSearchQuery('"Pia Lund" 3.5%').terms.map((t) => t.tokens)).toEqual([
      ["pia", "lund"],
      ["3", "5"],
    ]);
  });
});

describe("provider query strings", () => {
  it("quotes every FTS5 term so no operator survives", () => {
    expect(toFts5Query(parseSearchQuery('ferry "first sailing" NEAR(x) da'))).toBe(
      '"ferry" "first sailing" "NEAR(x)" "da"*',
    );
    expect(toFts5Query(parseSearchQuery('ab"cd'))).toBe('"ab" "cd"*');
  });

  it("builds PostgreSQL parts from phraseto_tsquery and a quoted prefix lexeme", () => {
    expect(toTsqueryParts(parseSearchQuery("ferry it's da"))).toEqual([
      { fn: "phraseto_tsquery", arg: "ferry" },
      { fn: "phraseto_tsquery", arg: "it's" },
      { fn: "to_tsquery", arg: "'da':*" },
    ]);
  });
});

describe("spelling variants of transliterated names", () => {
  const variants = (q: string) => withSpellingVariants(parseSearchQuery(q)).terms.map((t) => t.variants ?? []);

  it("tries a finished word typed without an apostrophe as the two words the mark would make", () => {
    expect(variants("Kataib ")).toEqual([["Kat aib", "Kata ib"]]); // a mark before a vowel, as in Kata'ib
    expect(variants("Shia ")).toEqual([["Sh ia", "Shi a"]]);
    expect(variants("OBrien ")).toEqual([["O Brien", "OBr ien", "OBri en"]]); // or after a leading d, l or o
    expect(variants("ferry ")).toEqual([["ferr y"]]);
  });

  it("tries a word typed with an apostrophe or a similar mark without it", () => {
    expect(variants("Kata'ib ")).toEqual([["Kataib"]]);
    expect(variants("Kata\u2019ib ")).toEqual([["Kataib"]]);
    expect(variants('"Kata\'ib Brigade"')).toEqual([["Kataib Brigade"]]);
    expect(variants("Doğan")).toEqual([["Dogan"]]);
    expect(variants("Tomás Ondra'i ")).toEqual([["Tomas"], ["Ondrai"]]);
  });

  it("leaves short words, numbers, the word being typed and phrases without marks alone", () => {
    expect(variants("the 2021 bay ")).toEqual([[], [], []]);
    expect(variants("Kataib")).toEqual([[]]); // a prefix split would match far too many words
    expect(variants('"harbour board"')).toEqual([[]]);
    expect(variants("a".repeat(SPLIT_MAX_LETTERS + 1) + " ")).toEqual([[]]);
  });

  it("matches every variant in FTS5 and in PostgreSQL, quoted", () => {
    const query = withSpellingVariants(parseSearchQuery("Kata'ib Shia Sawa"));
    expect(toFts5Query(query)).toBe('("Kata\'ib" OR "Kataib") AND ("Shia" OR "Sh ia" OR "Shi a") AND "Sawa"*');
    expect(toTsqueryParts(query)).toEqual([
      { fn: "phraseto_tsquery", arg: "Kata'ib", variants: [{ fn: "phraseto_tsquery", arg: "Kataib" }] },
      {
        fn: "phraseto_tsquery",
        arg: "Shia",
        variants: [
          { fn: "phraseto_tsquery", arg: "Sh ia" },
          { fn: "phraseto_tsquery", arg: "Shi a" },
        ],
      },
      { fn: "to_tsquery", arg: "'Sawa':*" },
    ]);
  });
});

describe("asWholeWords", () => {
  it("turns prefix terms longer than a length into whole words and leaves the rest", () => {
    const parsed = parseSearchQuery('"harbour board" rocket att');
    expect(asWholeWords(parsed)?.terms.map((t) => [t.text, t.prefix])).toEqual([
      ["harbour board", false],
      ["rocket", false],
      ["att", false],
    ]);
    expect(asWholeWords(parsed, 3)).toBeNull();
    expect(asWholeWords(parseSearchQuery("rocket "))).toBeNull();
  });
});
