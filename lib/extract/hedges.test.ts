// Hedges are found as written and attached to the statement, number or claim they qualify.
import { describe, expect, it } from "vitest";
import { findHedges } from "./hedges";
import { extractAll, extractQuotes } from "./index";
import { BORDER, HARBOUR } from "@/lib/testing/extract-fixtures";

describe("hedges", () => {
  it.each([
    ["Two guards were reportedly wounded.", "reportedly"],
    ["The depot was allegedly used by smugglers.", "allegedly"],
    ["Police raided suspected arms caches.", "suspected"],
    ["It is not clear who fired first.", "It is not clear"],
    ["It’s not clear who fired first.", "It’s not clear"],
    ["The drone was possibly launched from the coast.", "possibly"],
    ["The toll could not be independently confirmed.", "could not be independently confirmed"],
    ["The video could not be independently verified.", "could not be independently verified"],
  ])("finds the hedge in %j", (sentence, hedge) => {
    expect(findHedges(sentence)).toEqual([hedge]);
  });

  it("finds nothing in an unhedged sentence", () => {
    expect(findHedges("The council approved the budget on Tuesday.")).toEqual([]);
  });

  it("attaches hedges to the statement of their sentence only", () => {
    const civilians = extractQuotes(BORDER).find((q) => q.text.startsWith("Eleven civilians"))!;
    expect(civilians.hedges).toEqual(["reportedly"]);
    const injured = extractQuotes(HARBOUR).find((q) => q.text.includes("two workers were injured"))!;
    expect(injured.hedges).toEqual(["could not be independently verified"]);
    const contracts = extractQuotes(HARBOUR).find((q) => q.text.includes("emergency contracts"))!;
    expect(contracts.hedges).toEqual([]);
  });

  it("attaches hedges to numbers and claims", () => {
    const r = extractAll(BORDER);
    expect(r.numbers.find((n) => n.counts === "civilian")!.hedges).toEqual(["reportedly"]);
    expect(r.candidateClaims.find((c) => c.text.startsWith("It is unclear"))!.hedges).toEqual(["It is unclear"]);
  });
});
