import { describe, expect, it } from "vitest";
import { AnchorError, locateQuote } from "./index";
import { ARTICLE, QUOTE } from "@/lib/testing/anchoring-fixtures";

const TWICE =
  "Governor Marisol Dravik said the bridge would reopen in May. Residents of Karsk doubted it. " +
  "Engineer Piet Halloran said the bridge would reopen in May, but only for pedestrians.";
const PHRASE = "the bridge would reopen in May";

describe("locateQuote", () => {
  it("finds a unique quote and builds the full selector", () => {
    const r = locateQuote(ARTICLE, { exact: QUOTE });
    const start = ARTICLE.indexOf(QUOTE);
    expect(r).toEqual({
      ok: true,
      selector: {
        exact: QUOTE,
        prefix: ARTICLE.slice(start - 32, start),
        suffix: ARTICLE.slice(start + QUOTE.length, start + QUOTE.length + 32),
        start,
        end: start + QUOTE.length,
      },
    });
  });

  it("returns not_found when the quote is absent", () => {
    expect(locateQuote(ARTICLE, { exact: "at least nine vessels" })).toEqual({
      ok: false,
      reason: "not_found",
      candidates: 0,
    });
  });

  it("returns ambiguous for a repeated quote without context, never picking one", () => {
    expect(locateQuote(TWICE, { exact: PHRASE })).toEqual({ ok: false, reason: "ambiguous", candidates: 2 });
  });

  it("uses prefix or suffix to pick exactly one occurrence", () => {
    const second = TWICE.lastIndexOf(PHRASE);
    const byPrefix = locateQuote(TWICE, { exact: PHRASE, prefix: "Halloran said " });
    expect(byPrefix.ok && byPrefix.selector.start).toBe(second);
    const bySuffix = locateQuote(TWICE, { exact: PHRASE, suffix: ". Residents" });
    expect(bySuffix.ok && bySuffix.selector.start).toBe(TWICE.indexOf(PHRASE));
  });

  it("stays ambiguous when the context matches both occurrences", () => {
    expect(locateQuote(TWICE, { exact: PHRASE, prefix: "said " })).toEqual({
      ok: false,
      reason: "ambiguous",
      candidates: 2,
    });
  });

  it("returns not_found when the given context matches no occurrence", () => {
    expect(locateQuote(TWICE, { exact: PHRASE, prefix: "Mayor Brandt said " })).toEqual({
      ok: false,
      reason: "not_found",
      candidates: 2,
    });
  });

  it("accepts a matching position, including start only or end only", () => {
    const second = TWICE.lastIndexOf(PHRASE);
    for (const q of [
      { exact: PHRASE, start: second, end: second + PHRASE.length },
      { exact: PHRASE, start: second },
      { exact: PHRASE, end: second + PHRASE.length },
      { exact: PHRASE, start: second, prefix: "Halloran said ", suffix: ", but" },
    ]) {
      const r = locateQuote(TWICE, q);
      expect(r.ok && [r.selector.start, r.selector.end]).toEqual([second, second + PHRASE.length]);
    }
  });

  it("is strict about positions: a mismatch is an error even if the quote exists elsewhere", () => {
    const first = TWICE.indexOf(PHRASE);
    const mismatch = { ok: false, reason: "position_mismatch", candidates: 2 };
    expect(locateQuote(TWICE, { exact: PHRASE, start: first + 1, end: first + 1 + PHRASE.length })).toEqual(mismatch);
    expect(locateQuote(TWICE, { exact: PHRASE, start: first, end: first + PHRASE.length + 1 })).toEqual(mismatch);
    expect(locateQuote(TWICE, { exact: PHRASE, start: -5 })).toEqual(mismatch);
    expect(locateQuote(TWICE, { exact: PHRASE, start: TWICE.length })).toEqual(mismatch);
    expect(locateQuote(TWICE, { exact: PHRASE, start: first, prefix: "Halloran said " })).toEqual(mismatch);
    const unique = ARTICLE.indexOf(QUOTE);
    expect(locateQuote(ARTICLE, { exact: QUOTE, start: unique + 3 })).toEqual({
      ok: false,
      reason: "position_mismatch",
      candidates: 1,
    });
  });

  it("throws AnchorError for an empty or whitespace-only quote", () => {
    expect(() => locateQuote(ARTICLE, { exact: "" })).toThrow(AnchorError);
    expect(() => locateQuote(ARTICLE, { exact: "  \n" })).toThrow(AnchorError);
  });

  it("works in UTF-16 code units with astral characters before the quote", () => {
    const text = "📣🇰🇿 Rene\u0301e Okafor: “the ferry was late” 🚢";
    const r = locateQuote(text, { exact: "the ferry was late" });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(text.slice(r.selector.start, r.selector.end)).toBe("the ferry was late");
      expect(r.selector.start).toBe(text.indexOf("the ferry"));
    }
  });
});
