import { describe, expect, it } from "vitest";
import { BitPattern, lastRow } from "./bitparallel";
import {
  chunkPlan,
  findFuzzyCandidates,
  levenshtein,
  maxDistanceFor,
  stringSimilarity,
  suppressOverlaps,
} from "./fuzzy";
import { filler, rng } from "@/lib/testing/anchoring-fixtures";

const OPTS = { minQuoteSimilarity: 0.75, maxHitsPerChunk: 2000, maxDpCells: 30_000_000 };

/** Textbook O(n·m) last row, the reference for the bit-parallel version. */
function referenceLastRow(p: string, t: string, anchored: boolean): number[] {
  let prev = Array.from({ length: t.length + 1 }, (_, j) => (anchored ? j : 0));
  for (let i = 1; i <= p.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j - 1] + (p[i - 1] === t[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    }
    prev = cur;
  }
  return prev;
}

describe("levenshtein / similarity", () => {
  it("computes edit distances", () => {
    expect(levenshtein("Velmora", "Velmora")).toBe(0);
    expect(levenshtein("Velmora", "Vellmora")).toBe(1);
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "Karsk")).toBe(5);
    expect(stringSimilarity("four vessels", "five vessels")).toBeCloseTo(1 - 3 / 12, 10);
  });

  it("derives the distance bound from the similarity threshold", () => {
    expect(maxDistanceFor(40, 0.75)).toBe(13); // 1 - 13/max(40, 53) >= 0.75
    expect(maxDistanceFor(100, 1)).toBe(0);
  });
});

describe("bit-parallel edit distance", () => {
  it("matches the textbook dynamic program (multi-block patterns, astral characters)", () => {
    const rand = rng(7);
    const alphabets = ["ab", "abcd é😀", "abcdefghijklmnop"];
    for (let trial = 0; trial < 400; trial++) {
      const alpha = alphabets[trial % alphabets.length];
      const pick = (n: number) => Array.from({ length: n }, () => alpha[Math.floor(rand() * alpha.length)]).join("");
      const p = pick(1 + Math.floor(rand() * 90));
      const t = pick(Math.floor(rand() * 140));
      for (const anchored of [false, true]) {
        const out = new Int32Array(t.length + 1);
        lastRow(new BitPattern(p), t, 0, t.length, anchored, out);
        expect(Array.from(out)).toEqual(referenceLastRow(p, t, anchored));
      }
    }
  });
});

describe("findFuzzyCandidates", () => {
  const quote = "Harbourmaster Ilse Brandt said the northern ferry would resume on Friday";

  it("finds an edited copy in a large text with its exact boundaries", () => {
    const edited = "Harbourmaster Ilse Brandt said the northern ferry would restart on Friday";
    const text = filler(300_000, 11) + " " + edited + ". " + filler(300_000, 12);
    const r = findFuzzyCandidates(quote, text, OPTS);
    const best = r.candidates[0];
    expect(text.slice(best.start, best.end)).toBe(edited);
    expect(best.distance).toBe(levenshtein(quote, edited));
    expect(r.truncated).toBe(false);
    expect(r.windowsSearched).toBeLessThan(20); // seeding kept the search local
  });

  it("reports two adjacent look-alikes as two candidates, not one", () => {
    const a = "Harbourmaster Ilse Brandt said the northern ferry would resume on Monday";
    const b = "Harbourmaster Ilse Brandt said the southern ferry would resume on Friday";
    const text = `Notes: ${a}; ${b}. End.`;
    const r = findFuzzyCandidates(quote, text, OPTS);
    const found = r.candidates.filter((c) => c.quoteSimilarity >= 0.75).map((c) => text.slice(c.start, c.end));
    expect(found.sort()).toEqual([a, b].sort());
  });

  it("finds nothing when nothing is similar", () => {
    expect(
      findFuzzyCandidates(quote, filler(50_000, 5), OPTS).candidates.filter((c) => c.quoteSimilarity >= 0.75),
    ).toEqual([]);
  });

  it("plans 4-12 character chunks, at most 32", () => {
    expect(chunkPlan(10)).toEqual({ length: 4, count: 2 });
    expect(chunkPlan(200)).toEqual({ length: 12, count: 16 });
    expect(chunkPlan(5000)).toEqual({ length: 12, count: 32 });
  });

  it("suppressOverlaps keeps the best of overlapping candidates and all disjoint ones", () => {
    const kept = suppressOverlaps([
      { start: 0, end: 10, distance: 2, quoteSimilarity: 0.8 },
      { start: 1, end: 11, distance: 1, quoteSimilarity: 0.9 },
      { start: 20, end: 30, distance: 3, quoteSimilarity: 0.7 },
    ]);
    expect(kept.map((c) => c.start)).toEqual([1, 20]);
  });
});
