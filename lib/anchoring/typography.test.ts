import { describe, expect, it } from "vitest";
import { locateQuote } from "./index";
import { foldTypography } from "./typography";

// Fictional text: invented harbour, people and outlet.
const SOURCE =
  "The mayor of Vellport said: \u201CWe\u2019ll reopen the ferry\u2009\u2014\u2009not the bridge\u201D." +
  " Councillor Aske Brune replied that \u2018it isn\u2019t safe\u2019 in 2025\u20132026.";

describe("foldTypography", () => {
  it("folds curly quotes, apostrophes, dashes and no-break spaces to the plain ones, keeping the length", () => {
    const folded = foldTypography(SOURCE);
    expect(folded).toHaveLength(SOURCE.length);
    expect(folded).toContain(`"We'll reopen the ferry - not the bridge".`);
    expect(folded).toContain("'it isn't safe' in 2025-2026.");
  });

  it("leaves letters, case, emoji and ordinary text alone", () => {
    const text = "Ren\u00E9e \u00C9lise \u{1F6A2} said NO";
    expect(foldTypography(text)).toBe(text);
  });
});

describe("locateQuote with typed quotes", () => {
  it("matches a straight apostrophe typed for the source's curly one and stores the source's characters", () => {
    const r = locateQuote(SOURCE, { exact: "We'll reopen the ferry" });
    const start = SOURCE.indexOf("We\u2019ll");
    expect(r).toMatchObject({
      ok: true,
      selector: { exact: "We\u2019ll reopen the ferry", start, end: start + "We'll reopen the ferry".length },
    });
  });

  it("matches straight double quotes, hyphens and plain spaces typed for curly quotes, dashes and thin spaces", () => {
    const r = locateQuote(SOURCE, { exact: `ferry - not the bridge"` });
    expect(r.ok && r.selector.exact).toBe("ferry\u2009\u2014\u2009not the bridge\u201D");
    const years = locateQuote(SOURCE, { exact: "2025-2026" });
    expect(years.ok && years.selector.exact).toBe("2025\u20132026");
  });

  it("matches curly marks typed for straight ones in the source, too", () => {
    const r = locateQuote('He wrote "don\'t" twice.', { exact: "\u201Cdon\u2019t\u201D" });
    expect(r.ok && r.selector).toMatchObject({ exact: '"don\'t"', start: 9, end: 16 });
  });

  it("applies the same equivalence to prefix, suffix and a given position", () => {
    const text = "it\u2019s late. Then: it\u2019s late again.";
    expect(locateQuote(text, { exact: "it's late" })).toMatchObject({ ok: false, reason: "ambiguous" });
    const second = text.lastIndexOf("it\u2019s");
    expect(locateQuote(text, { exact: "it's late", prefix: "Then: " })).toMatchObject({
      ok: true,
      selector: { start: second },
    });
    expect(locateQuote(text, { exact: "it's late", start: second, end: second + 9 })).toMatchObject({
      ok: true,
      selector: { exact: "it\u2019s late", start: second },
    });
  });

  it("still refuses different words", () => {
    expect(locateQuote(SOURCE, { exact: "We will reopen the ferry" })).toMatchObject({
      ok: false,
      reason: "not_found",
    });
    expect(locateQuote(SOURCE, { exact: "we'll reopen the ferry" })).toMatchObject({ ok: false, reason: "not_found" });
  });
});
