import { describe, expect, it } from "vitest";
import { ContextScorer } from "./context";

const prefix = "ding to the Velmora port authority, ";
const suffix = ". The authority added that repairs";

function scoreAround(before: string, after: string) {
  const text = before + "QUOTE" + after;
  const scorer = new ContextScorer({ prefix, suffix });
  const start = before.length;
  const end = start + 5;
  return {
    prefix: scorer.prefixSimilarity(text, start),
    suffix: scorer.suffixSimilarity(text, end),
    both: scorer.similarity(text, start, end),
  };
}

describe("ContextScorer", () => {
  it("scores identical context 1", () => {
    expect(scoreAround("Accor" + prefix, suffix + " could not")).toEqual({ prefix: 1, suffix: 1, both: 1 });
  });

  it("tolerates a few inserted characters next to the quote", () => {
    expect(scoreAround(prefix + "(sic) ", suffix).prefix).toBe(1);
  });

  it("loses only a few grams for a typo", () => {
    const s = scoreAround(prefix.replace("Velmora", "Velmara"), suffix).prefix;
    expect(s).toBeGreaterThan(0.8);
    expect(s).toBeLessThan(1);
  });

  it("scores unrelated prose near 0, so a threshold on it means something", () => {
    const s = scoreAround("Fishermen in Dunmere insisted that ", "! Nobody else had seen the boats.");
    expect(s.both).toBeLessThan(0.15);
  });

  it("treats an empty context as the text boundary", () => {
    const atStart = new ContextScorer({ prefix: "", suffix: "" });
    expect(atStart.prefixSimilarity("QUOTE tail", 0)).toBe(1);
    expect(atStart.prefixSimilarity("head QUOTE", 5)).toBe(0);
    expect(atStart.suffixSimilarity("head QUOTE", 10)).toBe(1);
    expect(atStart.suffixSimilarity("QUOTE tail", 5)).toBe(0);
  });

  it("compares short contexts exactly", () => {
    const short = new ContextScorer({ prefix: "A ", suffix: "." });
    expect(short.similarity("A QUOTE.", 2, 7)).toBe(1);
    expect(short.similarity("B QUOTE!", 2, 7)).toBe(0);
  });
});
