// The labelled fictional evaluation set (lib/testing/extract-eval/eval-cases.ts), scored per kind of issue 14:
// unresolved speakers, pronouns, speech verbs, split quotes, layouts, reporter vs speaker, hedges,
// precision, speaker kinds and boilerplate. `npx tsx bench/extract-eval.ts --failures`
// prints the same figures and every miss.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "./index";
import { EVAL_CASES } from "@/lib/testing/extract-eval/eval-cases";
import { metrics, scoreCases } from "@/lib/testing/extract-eval/eval-score";
import type { EvalKind } from "@/lib/testing/extract-eval/eval-types";

const report = scoreCases(EVAL_CASES);

describe("labelled fictional evaluation set", () => {
  it("meets the overall targets (attributed recall, quote recall, speaker accuracy, precision)", () => {
    const m = metrics(report.total);
    expect(m.attributedRecall, report.failures.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(m.quoteRecall).toBeGreaterThanOrEqual(0.97);
    expect(m.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(m.precision).toBeGreaterThanOrEqual(0.97);
    expect(m.details).toBeGreaterThanOrEqual(0.97);
  });

  // Per-kind floors: each kind has its own cases, so a regression in one rule shows up by name.
  const floors: Array<[EvalKind, number]> = [
    ["basic", 1],
    ["unresolved", 0.9],
    ["pronoun", 0.9],
    ["verbs", 0.85],
    ["split", 1],
    ["layout", 1],
    ["via", 1],
    ["hedge", 1],
    ["precision", 1],
    ["speakerKind", 1],
    ["boilerplate", 1],
  ];
  it.each(floors)("%s: attributed recall and precision at or above the floor", (kind, floor) => {
    const s = report.byKind.get(kind)!;
    expect(s.cases).toBeGreaterThanOrEqual(5);
    const m = metrics(s);
    const misses = report.failures.filter((f) => f.startsWith(`[${kind}]`)).join("\n");
    expect(m.attributedRecall, misses).toBeGreaterThanOrEqual(floor);
    expect(m.precision, misses).toBeGreaterThanOrEqual(floor === 1 ? 1 : 0.95);
    expect(m.details, misses).toBe(1);
  });
});

describe("output fields", () => {
  const one = (text: string) => extractQuotes(text)[0];

  it("an unresolved pronoun keeps the quotation: speaker null, the pronoun as speakerMention", () => {
    expect(one("“Hello,” she said.")).toMatchObject({
      text: "Hello",
      speaker: null,
      speakerKind: null,
      speakerMention: "she",
    });
  });

  it("a resolved pronoun names the speaker and keeps the pronoun as the mention", () => {
    const q = extractQuotes("Ms. Liis Rebane opened the meeting. “We have a deficit,” she said.")[0];
    expect(q).toMatchObject({ speaker: "Liis Rebane", speakerKind: "person", speakerMention: "she" });
  });

  it("a speaker named in full has no separate mention", () => {
    expect(one("“The river is rising,” said Tomas Vell.").speakerMention).toBeNull();
  });

  it("speakerKind and viaKind: government via an outlet", () => {
    expect(one("The interior ministry told the Kessa Courier that the border was closed.")).toMatchObject({
      speaker: "the interior ministry",
      speakerKind: "government",
      via: "Kessa Courier",
      viaKind: "outlet",
    });
  });

  it("role is a stated position, never a bare honorific", () => {
    expect(one("“It's over,” said Mrs. Hilde Parv.").role).toBeNull();
    expect(one("“We are ready,” said Dr. Mirjam Toom.").role).toBeNull();
    expect(one("“We are proud,” said Juhan Rebane, chairman of Kalda Group.").role).toBe("chairman of Kalda Group");
  });
});
