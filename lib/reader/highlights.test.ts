import { describe, expect, it } from "vitest";
import { attributionLine, excerpt, highlightSpans, readerHighlightInfo } from "./highlights";

describe("attributionLine", () => {
  it("does not repeat a cue the relay text already starts with", () => {
    expect(
      attributionLine({
        cue: "told",
        kind: "indirect",
        via: { name: "The Harbor Courier" },
        viaText: "told the Harbor Courier",
      }),
    ).toBe("told the Harbor Courier (reported speech)");
    expect(attributionLine({ cue: "said", kind: "direct", via: { name: "Politico" }, viaText: null })).toBe(
      "said via Politico (direct quote)",
    );
    expect(attributionLine({ cue: null, kind: "direct", via: null, viaText: null })).toBe("said (direct quote)");
  });
});

describe("highlightSpans and readerHighlightInfo", () => {
  it("colours evidence by stance and describes statements and suggestions with their weaknesses", () => {
    const data = {
      evidence: [
        {
          id: "e",
          start: 0,
          end: 4,
          stance: "contradicts",
          note: "Denial",
          anchorStatus: "reanchored",
          claim: { id: "c", text: "Varnia directs the attacks" },
        },
      ],
      statements: [
        {
          id: "s",
          start: 5,
          end: 9,
          cue: "told",
          kind: "indirect",
          anonymous: true,
          hedges: ["reportedly"],
          viaText: "told the Courier",
          anchorStatus: "anchored",
          speaker: { name: "An official" },
          via: { name: "The Courier" },
        },
      ],
      suggestions: [
        {
          id: "g",
          start: 10,
          end: 12,
          speakerName: null,
          viaName: null,
          cue: "said",
          kind: "direct",
          anonymous: false,
          hedges: [],
        },
      ],
    };
    const highlights = highlightSpans(data);
    const info = readerHighlightInfo(data);
    expect(highlights.map((h) => `${h.kind}:${h.tone}`)).toEqual([
      "evidence:contradicts",
      "statement:statement",
      "suggestion:suggestion",
    ]);
    expect(info.e).toMatchObject({
      title: "Evidence · Contradicts",
      lines: ["Claim: Varnia directs the attacks", "Note: Denial"],
      badges: ["re-anchored after a revision"],
    });
    expect(info.s.badges).toEqual(["anonymous", "via intermediary", "hedged: reportedly"]);
    expect(info.g.title).toBe("Suggestion · speaker not found");
  });

  it("shortens long quotes at a word boundary", () => {
    expect(excerpt("short")).toBe("short");
    expect(excerpt("one two three four five six", 16)).toBe("one two three…");
  });
});
