// Candidate claims: responsibility attributions, denials, unnamed or relayed attributions, counts.
import { describe, expect, it } from "vitest";
import { extractCandidateClaims } from "./index";
import { BORDER, HARBOUR, NAVY } from "@/lib/testing/extract-fixtures";

const claimFor = (text: string, words: string) => {
  const c = extractCandidateClaims(text).find((x) => x.text.includes(words));
  if (!c) throw new Error(`no claim containing "${words}"`);
  return c;
};

describe("candidate claims", () => {
  it.each([
    ["Investigators believe the Harrow cell is behind the bombings in the port.", "says who is behind an act"],
    ["The minister said the Red Hand group is responsible for the attacks on the pipeline.", "assigns responsibility"],
    [
      "A defence official said Dravia directs the militia attacks on border posts.",
      "says who directed or carried out an act",
    ],
    ["Analysts say the rebels are backed by a neighbouring state.", "says who backs or controls a group"],
  ])("responsibility attribution: %j", (sentence, reason) => {
    const [c] = extractCandidateClaims(sentence);
    expect(c).toMatchObject({ kind: "responsibility_attribution", reason, start: 0, end: sentence.length });
  });

  it("a denial of links is a responsibility attribution", () => {
    expect(claimFor(BORDER, "Dravian government denied")).toMatchObject({
      kind: "responsibility_attribution",
      reason: "denies responsibility or links",
    });
  });

  it("a plain denial is a quote attribution", () => {
    expect(claimFor(BORDER, "denied the claim")).toMatchObject({
      kind: "quote_attribution",
      reason: "reports a denial",
    });
  });

  it("statements through an intermediary or from unnamed sources are quote attributions", () => {
    expect(claimFor(NAVY, "seen near Orsk")).toMatchObject({ kind: "quote_attribution" });
    expect(claimFor(HARBOUR, "emergency contracts").reason).toMatch(/unnamed source/);
  });

  it("casualty counts are factual claims", () => {
    expect(claimFor(BORDER, "Eleven civilians")).toMatchObject({ kind: "factual", reason: "counts civilian killed" });
  });

  it("spans are exact sentence offsets", () => {
    for (const text of [BORDER, HARBOUR, NAVY]) {
      for (const c of extractCandidateClaims(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it("skips headlines and the writer's own questions", () => {
    expect(extractCandidateClaims("Who is behind the attacks on the harbour?")).toEqual([]);
    expect(extractCandidateClaims("Rebels Behind Border Attacks Say Talks Are Over")).toEqual([]);
  });
});
