import { describe, expect, it } from "vitest";
import { longestWord, normaliseClaimText } from "./normalise";

describe("normaliseClaimText", () => {
  it("ignores case, punctuation, curly quotes and whitespace", () => {
    expect(normaliseClaimText("  The Velmora ferry   sank “at dawn”! ")).toBe(
      normaliseClaimText("the velmora ferry sank 'at dawn'"),
    );
    expect(normaliseClaimText("The mayor's plan, costs $4m.")).toBe("the mayor s plan costs 4m");
  });
  it("keeps different words different", () => {
    expect(normaliseClaimText("The ferry sank")).not.toBe(normaliseClaimText("The ferry sailed"));
  });
  it("picks the longest word as the search term", () => {
    expect(longestWord("the velmora ferry")).toBe("velmora");
  });
});
