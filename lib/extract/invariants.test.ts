// Property-style checks over the fixtures and randomly damaged copies of them: every span we return
// is an exact slice of the input, results are sorted, and nothing throws on messy typography.
import { describe, expect, it } from "vitest";
import { extractAll, findDiscrepancies } from "./index";
import { EVAL_CASES } from "@/lib/testing/extract-eval/eval-cases";
import { ALL_FIXTURES } from "@/lib/testing/extract-fixtures";

/** Small deterministic PRNG (mulberry32) so failures can be replayed. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = [
  "“",
  "”",
  '"',
  "‘",
  "’",
  "'",
  "\n",
  "\n\n",
  " ",
  ".",
  ",",
  "—",
  "«",
  "»",
  "😀",
  "\u00a0",
  "\r\n",
  "é",
  "’s",
];

function damage(text: string, seed: number): string {
  const r = rng(seed);
  let out = text;
  for (let k = 0; k < 12; k++) {
    const at = Math.floor(r() * (out.length + 1));
    if (r() < 0.3) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(r() * 5));
    else out = out.slice(0, at) + NOISE[Math.floor(r() * NOISE.length)] + out.slice(at);
  }
  return out;
}

const QUOTE_MARK = /["“”„‟«»'‘’‚‛‹›]/;

function checkInvariants(input: string) {
  const r = extractAll(input);
  let last = -1;
  for (const q of r.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(input.length);
    expect(q.end).toBeGreaterThan(q.start);
    expect(input.slice(q.start, q.end)).toBe(q.text);
    expect(q.start).toBeGreaterThanOrEqual(last);
    last = q.start;
    expect(q.confidence).toBeGreaterThan(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
    if (q.kind === "direct") {
      // The opening mark (or a transcript's "NAME:") sits just before the text and is not part of it.
      const before = input.slice(0, q.start).trimEnd();
      expect(before.slice(-1)).toMatch(q.cue === null && before.endsWith(":") ? /:/ : QUOTE_MARK);
      expect(q.text[0]).not.toMatch(/\s/);
    }
  }
  for (const n of r.numbers) {
    expect(input.slice(n.start, n.end)).toBe(n.phrase);
    expect(input.slice(n.sentenceStart, n.sentenceEnd)).toBe(n.sentence);
    expect(Number.isFinite(n.value)).toBe(true);
  }
  for (const c of r.candidateClaims) expect(input.slice(c.start, c.end)).toBe(c.text);
  expect(extractAll(input)).toEqual(r); // pure and deterministic
}

describe("span invariants", () => {
  it.each(ALL_FIXTURES.map((t, i) => [i, t]))("fixture %i", (_i, text) => checkInvariants(text as string));

  it("holds on 300 randomly damaged fixtures (stray marks, deleted characters, emoji, CRLF)", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const input = damage(ALL_FIXTURES[seed % ALL_FIXTURES.length], seed);
      try {
        checkInvariants(input);
      } catch (e) {
        throw new Error(`seed ${seed}: ${(e as Error).message}\n${JSON.stringify(input)}`);
      }
    }
  });

  it("holds on every case of the evaluation set, whole and randomly damaged", () => {
    for (const c of EVAL_CASES) checkInvariants(c.text);
    const joined = EVAL_CASES.map((c) => c.text).join("\n\n");
    for (let seed = 1; seed <= 40; seed++) {
      const input = damage(joined, seed);
      try {
        checkInvariants(input);
      } catch (e) {
        throw new Error(`seed ${seed}: ${(e as Error).message}`);
      }
    }
  });

  it("keeps offsets in the text as given: a leading BOM and CRLF line ends count as characters", () => {
    const base = ALL_FIXTURES[1];
    const withBom = "\uFEFF" + base.replace(/\n/g, "\r\n");
    checkInvariants(withBom);
    const a = extractAll(base).quotes.map((q) => q.text);
    const b = extractAll(withBom).quotes.map((q) => q.text.replace(/\r/g, ""));
    expect(b).toEqual(a);
  });

  it("handles empty, blank and mark-only input", () => {
    for (const input of ["", " ", "\n\n", "“", "”“", "''", '"""', "’", "a ‘b’ c"]) checkInvariants(input);
  });

  it("discrepancy values are exact slices of their documents", () => {
    const docs = ALL_FIXTURES.map((text, i) => ({ name: String(i), text }));
    for (const d of findDiscrepancies(docs)) {
      for (const v of d.values) expect(docs[Number(v.doc)].text.slice(v.start, v.end)).toBe(v.phrase);
    }
  });
});
