// Counted quantities and disagreements between sources about the same count.
import { describe, expect, it } from "vitest";
import { interval } from "./discrepancies";
import { extractNumbers, findDiscrepancies } from "./index";
import { normaliseNoun, singular } from "./nouns";
import { BORDER, BORDER_FOLLOW_UP } from "@/lib/testing/extract-fixtures";

const one = (sentence: string) => {
  const found = extractNumbers(sentence);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("numbers", () => {
  it.each([
    ["Three gunmen were killed in the raid.", 3, "exact", "fighter", "Three gunmen", "killed"],
    ["The army said it killed four fighters near the dam.", 4, "exact", "fighter", "four fighters", "killed"],
    ["At least 600 residents were evacuated.", 600, "at least", "resident", "At least 600 residents", "displaced"],
    ["There are about 900 U.S. troops at the base.", 900, "about", "troop", "about 900 U.S. troops", null],
    ["Officials counted 11 drones over the port.", 11, "exact", "drone", "11 drones", null],
    ["Eleven militiamen died in the clashes.", 11, "exact", "fighter", "Eleven militiamen", "killed"],
    ["More than 40 protesters were arrested.", 40, "more than", "protester", "More than 40 protesters", "detained"],
    ["Up to 30 villages lost power.", 30, "up to", "village", "Up to 30 villages", null],
    ["Nearly 1,200 service members were injured.", 1200, "nearly", "troop", "Nearly 1,200 service members", "injured"],
    ["A dozen journalists were detained overnight.", 12, "exact", "journalist", "A dozen journalists", "detained"],
    ["Twenty-five soldiers were wounded.", 25, "exact", "troop", "Twenty-five soldiers", "injured"],
    [
      "The rebels say at least four of their fighters were killed.",
      4,
      "at least",
      "fighter",
      "at least four of their fighters",
      "killed",
    ],
    ["The brigade lost two hundred thousand dollars.", 200000, "exact", "dollar", "two hundred thousand dollars", null],
  ])("%j", (sentence, value, qualifier, counts, phrase, event) => {
    const n = one(sentence);
    expect(n).toMatchObject({ value, qualifier, counts, phrase, event });
    expect(sentence.slice(n.start, n.end)).toBe(n.phrase);
    expect(n.sentence).toBe(sentence);
  });

  it("gives an event word to the nearest number only", () => {
    const found = extractNumbers("Jets struck three depots on Sunday, killing at least seven fighters.");
    expect(found.map((n) => [n.counts, n.event])).toEqual([
      ["depot", null],
      ["fighter", "killed"],
    ]);
  });

  it("skips a possessor between the number and the noun, and stops at the verb", () => {
    expect(one("Nine of the group’s members were killed.")).toMatchObject({
      value: 9,
      counts: "member",
      phrase: "Nine of the group’s members",
    });
    expect(one("Six people died in the fire.")).toMatchObject({
      value: 6,
      counts: "person",
      phrase: "Six people",
      event: "killed",
    });
  });

  it("ignores years, dates, model numbers and apostrophe years", () => {
    expect(extractNumbers("In 2019 the F-16 jets flew on March 3 and the rules of ’09 applied.")).toEqual([]);
  });

  it("folds plurals and generic synonyms", () => {
    expect(singular("militias")).toBe("militia");
    expect(singular("casualties")).toBe("casualty");
    expect(singular("militiamen")).toBe("militiaman");
    expect(normaliseNoun(["militiamen"])).toBe("fighter");
    expect(normaliseNoun(["militants"])).toBe("fighter");
    expect(normaliseNoun(["servicemen"])).toBe("troop");
    expect(normaliseNoun(["service", "members"])).toBe("troop");
    expect(normaliseNoun(["soldiers"])).toBe("troop");
    expect(normaliseNoun(["bridges"])).toBe("bridge");
  });
});

describe("discrepancies", () => {
  it("flags the same count and event that differ between documents", () => {
    const found = findDiscrepancies([
      { name: "a", text: BORDER },
      { name: "b", text: BORDER_FOLLOW_UP },
    ]);
    const killed = found.find((d) => d.counts === "troop" && d.event === "killed")!;
    expect(killed.values.map((v) => [v.doc, v.value, v.qualifier])).toEqual([
      ["a", 12, "exact"],
      ["b", 20, "at least"],
    ]);
    for (const v of killed.values) {
      const text = v.doc === "a" ? BORDER : BORDER_FOLLOW_UP;
      expect(text.slice(v.start, v.end)).toBe(v.phrase);
    }
  });

  it("flags 3 vs 4 across synonyms (militiamen vs fighters)", () => {
    const found = findDiscrepancies([
      { name: "x", text: "Three militiamen were killed in the strike." },
      { name: "y", text: "The strike killed four fighters, the governor said." },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ counts: "fighter", event: "killed" });
  });

  it("does not flag figures that qualifiers reconcile, nor different events, nor one document alone", () => {
    const consistent = [
      { name: "x", text: "Four fighters were killed." },
      { name: "y", text: "At least four fighters were killed." },
      { name: "z", text: "Ten fighters were wounded." },
    ];
    expect(findDiscrepancies(consistent)).toEqual([]);
    expect(
      findDiscrepancies([{ name: "x", text: "Four fighters were killed. Six fighters were killed a week later." }]),
    ).toEqual([]);
  });

  it("turns qualifiers into ranges", () => {
    expect(interval(4, "at least")).toEqual([4, Infinity]);
    expect(interval(10, "up to")).toEqual([0, 10]);
    expect(interval(3, "exact")).toEqual([3, 3]);
  });
});
