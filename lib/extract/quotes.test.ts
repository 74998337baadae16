// Quotation marks: pairing, typography, spans across paragraphs, nesting, scare quotes, apostrophes.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "./index";
import { findQuoteSpans } from "./quote-marks";
import { findParagraphs } from "./sentences";
import { FLOOD, HARBOUR, NAVY, SCARE } from "@/lib/testing/extract-fixtures";

const direct = (text: string) => extractQuotes(text).filter((q) => q.kind === "direct");
const quoteOf = (text: string, words: string) => {
  const found = direct(text).find((q) => q.text.includes(words));
  if (!found) throw new Error(`no direct quote containing "${words}"`);
  return found;
};

describe("quotation marks", () => {
  it("pairs curly double quotes and excludes the marks and the trailing comma", () => {
    const q = quoteOf(NAVY, "watching the strait");
    expect(q.text).toBe("We are watching the strait closely");
    expect(NAVY[q.start - 1]).toBe("“");
    expect(NAVY.slice(q.end, q.end + 2)).toBe(",”");
  });

  it("pairs straight double quotes", () => {
    expect(quoteOf(HARBOUR, "not going anywhere").text).toBe("We are not going anywhere");
  });

  it("pairs single quotes used as quotation marks", () => {
    const q = quoteOf(HARBOUR, "port remains open");
    expect(q.text).toBe("The port remains open");
    expect(q.speaker).toBe("Ilse Varga");
  });

  it("pairs mismatched marks (curly open, straight close)", () => {
    const q = quoteOf(HARBOUR, "Fewer than 200");
    expect(q.text).toBe("Fewer than 200 workers have walked out");
    expect(HARBOUR[q.start - 1]).toBe("“");
    expect(HARBOUR[q.end + 1]).toBe('"');
  });

  it("keeps both halves of a quote split around the speaker", () => {
    const first = quoteOf(NAVY, "watching the strait");
    const second = quoteOf(NAVY, "Our crews are ready");
    expect(first.speaker).toBe("Karel Voss");
    expect(second.speaker).toBe("Karel Voss");
    expect(second.start).toBeGreaterThan(first.end);
  });

  it("continues a quotation left open at a paragraph end into the next paragraph that opens with a mark", () => {
    const open = quoteOf(HARBOUR, "cranes have been idle");
    expect(open.text).toBe("The cranes have been idle for nine days.");
    expect(open.speaker).toBe("Tomas Brenneke"); // attribution arrives in the next paragraph
    expect(quoteOf(HARBOUR, "Every ship").speaker).toBe("Tomas Brenneke");
  });

  it("ends a quotation left open inside a paragraph when a new one opens the next sentence", () => {
    const text = `The mayor spoke first. "The bridge is safe for traffic. "We inspected every cable last week," said engineer Ola Fenn.`;
    const qs = direct(text);
    expect(qs.map((q) => q.text)).toEqual(["The bridge is safe for traffic.", "We inspected every cable last week"]);
    expect(qs[1].speaker).toBe("Ola Fenn");
  });

  it("keeps a nested quotation inside its outer quotation", () => {
    const q = quoteOf(FLOOD, "natural disaster");
    expect(q.text).toBe("Don’t call it a ‘natural disaster’");
    expect(direct(FLOOD).filter((x) => x.text === "natural disaster")).toHaveLength(0);
    const outer = findQuoteSpans(FLOOD, findParagraphs(FLOOD)).find((s) => s.start === q.start)!;
    expect(outer.nested.map((n) => FLOOD.slice(n.start, n.end))).toEqual(["natural disaster"]);
  });

  it("attributes partial quotes inside reported speech", () => {
    const q = quoteOf(FLOOD, "ignored every warning");
    expect(q.speaker).toBe("Priya Castellan");
    expect(quoteOf(FLOOD, "performed as designed").speaker).toBe("Ros Delaney");
  });

  it("skips scare quotes and nicknames", () => {
    const texts = direct(SCARE).map((q) => q.text);
    expect(texts).not.toContain("Iron Lady");
    expect(texts).not.toContain("reform");
    expect(texts).not.toContain("Friday fix");
    expect(direct(NAVY).map((q) => q.text)).not.toContain("Storm");
  });

  it("does not mistake apostrophes for single quotes", () => {
    const text = "The workers’ union hasn’t met since ’09. Carrow’s mayor didn’t comment on the drivers' pay.";
    expect(findQuoteSpans(text, findParagraphs(text))).toEqual([]);
    expect(extractQuotes(text)).toEqual([]);
  });

  it("does not close a single-quoted quotation at a plural possessive inside it", () => {
    const text = "‘Our drivers’ pay is late again,’ said union organiser Nina Holt.";
    expect(direct(text).map((q) => [q.text, q.speaker])).toEqual([["Our drivers’ pay is late again", "Nina Holt"]]);
  });

  it("treats a wrong-way opening mark between letters as an apostrophe", () => {
    const text = "The city‘s budget and Lund‘s plan were approved.";
    expect(findQuoteSpans(text, findParagraphs(text))).toEqual([]);
  });
});
