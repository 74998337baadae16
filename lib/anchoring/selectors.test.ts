import { describe, expect, it } from "vitest";
import { AnchorError, PREFIX_SUFFIX_LENGTH, selectorsFor } from "./index";
import { ARTICLE, QUOTE, hasLoneSurrogate } from "@/lib/testing/anchoring-fixtures";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AnchorError);
    return (e as AnchorError).code;
  }
  return undefined;
}

describe("selectorsFor", () => {
  it("builds exact, 32-character prefix and suffix, and positions", () => {
    const start = ARTICLE.indexOf(QUOTE);
    const sel = selectorsFor(ARTICLE, start, start + QUOTE.length);
    expect(PREFIX_SUFFIX_LENGTH).toBe(32);
    expect(sel).toEqual({
      exact: QUOTE,
      prefix: "ding to the Velmora port authority, ".slice(-32),
      suffix: ". The authority added that repairs".slice(0, 32),
      start,
      end: start + QUOTE.length,
    });
    expect(sel.prefix).toHaveLength(32);
    expect(ARTICLE.slice(sel.start - 32, sel.start)).toBe(sel.prefix);
    expect(ARTICLE.slice(sel.end, sel.end + 32)).toBe(sel.suffix);
  });

  it("shortens the context at the text boundaries", () => {
    const text = "Mayor Ilse Brandt resigned.";
    expect(selectorsFor(text, 0, 5)).toMatchObject({ exact: "Mayor", prefix: "", suffix: " Ilse Brandt resigned." });
    expect(selectorsFor(text, 18, 27)).toMatchObject({ exact: "resigned.", prefix: "Mayor Ilse Brandt ", suffix: "" });
  });

  it("rejects out-of-range, inverted, empty and whitespace-only spans with typed errors", () => {
    const text = "Councillor Tomas Okonkwo spoke.   Then he left.";
    expect(codeOf(() => selectorsFor(text, -1, 5))).toBe("out_of_range");
    expect(codeOf(() => selectorsFor(text, 0, text.length + 1))).toBe("out_of_range");
    expect(codeOf(() => selectorsFor(text, 10, 4))).toBe("invalid_range");
    expect(codeOf(() => selectorsFor(text, 1.5, 4))).toBe("invalid_range");
    expect(codeOf(() => selectorsFor(text, Number.NaN, 4))).toBe("invalid_range");
    expect(codeOf(() => selectorsFor(text, 7, 7))).toBe("empty");
    const gap = text.indexOf("   ");
    expect(codeOf(() => selectorsFor(text, gap, gap + 3))).toBe("empty");
    expect(codeOf(() => selectorsFor("a\u00a0\n\tb", 1, 4))).toBe("empty");
    // Valid edges do not throw.
    expect(codeOf(() => selectorsFor(text, 0, text.length))).toBeUndefined();
  });

  it("error carries a message and name", () => {
    try {
      selectorsFor("Velmora", 3, 99);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as AnchorError).name).toBe("AnchorError");
      expect((e as AnchorError).message).toContain("3..99");
    }
  });

  it("counts positions in UTF-16 code units (emoji, combining accents)", () => {
    // 🚢 and 👩🏽‍✈️ are astral / multi-unit; "é" is e + U+0301 (two code units).
    const text = "🚢 Caf\u0065\u0301 owner 👩🏽‍✈️ Zoë Marisol told us the ferry was late.";
    const quote = "the ferry was late";
    const start = text.indexOf(quote);
    const sel = selectorsFor(text, start, start + quote.length);
    expect(sel.exact).toBe(quote);
    // 🚢 (2 units) + "Caf" + e + U+0301 + " owner " + 👩🏽‍✈️ (7 units) + " Zoë Marisol told us ":
    // 43 UTF-16 code units but only 40 code points; positions are code units (JS indices).
    expect(sel.start).toBe(43);
    expect([...text.slice(0, start)]).toHaveLength(40);
    expect(sel.end).toBe(43 + quote.length);
    expect(sel.prefix).toBe(text.slice(start - 32, start));
  });

  it("never splits a surrogate pair in the context or the span", () => {
    // The 32nd code unit before the quote is the low half of 🛳 (U+1F6F3).
    const before = "x🛳" + "a".repeat(31);
    const text = before + "Quote by Dravik." + "b".repeat(31) + "🛳y";
    const start = before.length;
    const sel = selectorsFor(text, start, start + "Quote by Dravik.".length);
    expect(sel.prefix).toBe("a".repeat(31));
    expect(sel.suffix).toBe("b".repeat(31));
    expect(hasLoneSurrogate(sel.prefix + sel.suffix)).toBe(false);
    // A span cutting the emoji in half is refused.
    const emojiAt = text.indexOf("🛳");
    expect(codeOf(() => selectorsFor(text, emojiAt + 1, emojiAt + 10))).toBe("split_surrogate");
    expect(codeOf(() => selectorsFor(text, 0, emojiAt + 1))).toBe("split_surrogate");
  });
});
