import { describe, expect, it } from "vitest";
import { agreedVerdicts, disagreements, truthRating } from "./verdicts";

describe("disagreements", () => {
  it("names each axis where reviewers differ, in the order the verdicts were given", () => {
    const result = disagreements([
      { truthVerdict: "unproven", attributionVerdict: "accurately_attributed" },
      { truthVerdict: "mixed", attributionVerdict: "accurately_attributed" },
    ]);
    expect(result).toEqual([
      { axis: "truth", labels: ["Unproven", "Mixed"], summary: "2 reviews disagree on truth: Unproven vs Mixed" },
    ]);
  });

  it("is empty when everyone agrees or only one review exists", () => {
    expect(disagreements([{ truthVerdict: "false", attributionVerdict: "misattributed" }])).toEqual([]);
    expect(
      disagreements([
        { truthVerdict: "false", attributionVerdict: "misattributed" },
        { truthVerdict: "false", attributionVerdict: "misattributed" },
      ]),
    ).toEqual([]);
  });

  it("reports both axes and counts every review, not just distinct verdicts", () => {
    const result = disagreements([
      { truthVerdict: "true", attributionVerdict: "fabricated" },
      { truthVerdict: "true", attributionVerdict: "misattributed" },
      { truthVerdict: "false", attributionVerdict: "misattributed" },
    ]);
    expect(result.map((d) => d.summary)).toEqual([
      "3 reviews disagree on truth: True vs False",
      "3 reviews disagree on attribution: Fabricated vs Misattributed",
    ]);
  });
});

describe("truthRating", () => {
  it("maps the five rated verdicts onto 1..5 and keeps unproven off the scale", () => {
    expect(truthRating("true")).toEqual({ ratingValue: 5, bestRating: 5, worstRating: 1 });
    expect(truthRating("false")).toEqual({ ratingValue: 1, bestRating: 5, worstRating: 1 });
    expect(truthRating("mixed").ratingValue).toBe(3);
    expect(truthRating("unproven")).toEqual({ ratingValue: -1, bestRating: -1, worstRating: -1 });
  });
});

describe("agreedVerdicts", () => {
  it("prefills only the axes on which every review agrees", () => {
    expect(
      agreedVerdicts([
        { truthVerdict: "unproven", attributionVerdict: "accurately_attributed" },
        { truthVerdict: "mixed", attributionVerdict: "accurately_attributed" },
      ]),
    ).toEqual({ truthVerdict: undefined, attributionVerdict: "accurately_attributed" });
    expect(agreedVerdicts([])).toEqual({ truthVerdict: undefined, attributionVerdict: undefined });
  });
});
