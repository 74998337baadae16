// Fictional sentences (invented places and groups) for the rules that read a passage in its source:
// neighbouring passages, questions and the source's dates.
import { describe, expect, it } from "vitest";
import { buildClaimIndex, claimDatedElsewhere, matchText, passagesOf } from "./index";
import { dateMarks } from "./stance";

describe("passages", () => {
  it("leaves questions out: they assert nothing", () => {
    const text = "So why does the Lisec bridge matter? The Lisec bridge carries the only road to Osk.";
    expect(passagesOf(text).map((p) => p.text)).toEqual(["The Lisec bridge carries the only road to Osk."]);
  });
});

describe("neighbouring passages", () => {
  const index = buildClaimIndex([
    { id: "ferry", text: "The Sable Front shelled the Osk ferry landing in March" },
    { id: "grain", text: "The Drenn grain convoy reached Lisec without losses" },
  ]);

  it("rank a claim its neighbour names above others for a passage that only says what happened", () => {
    const text =
      "In March the Sable Front moved its guns to the hills above the Osk ferry landing. Its gunners shelled the grain convoy at dawn.\n\n" +
      "The Drenn grain convoy reached Lisec.";
    const short = matchText(index, text).find((m) => m.text === "Its gunners shelled the grain convoy at dawn.");
    expect(short?.claims[0].id).toBe("ferry");
  });
});

describe("dates the source never names", () => {
  it("marks a claim whose year and month the source never names while it names others", () => {
    expect(claimDatedElsewhere(dateMarks("in June 2019"), dateMarks("On 4 August 2024 the depot burned."))).toBe(true);
  });

  it("does not mark it when one of its dates is in the source", () => {
    expect(claimDatedElsewhere(dateMarks("in June 2019"), dateMarks("Since June the depot has burned twice."))).toBe(
      false,
    );
  });

  it("does not mark it when the source names no date of that kind", () => {
    expect(claimDatedElsewhere(dateMarks("in 2019"), dateMarks("In June the depot burned."))).toBe(false);
  });

  it("prefers the claim dated like the source when two claims count the same kind of event", () => {
    const index = buildClaimIndex([
      { id: "old", text: "Five Velmoran fighters were killed in the June 2019 raid on Osk" },
      { id: "new", text: "Five Velmoran fighters were killed in the August 2024 raid on Osk" },
    ]);
    const text = "Fighting flared near Osk in August 2024. Five Velmoran fighters were killed in the raid.";
    const m = matchText(index, text).find((x) => x.text.startsWith("Five"));
    expect(m?.claims[0].id).toBe("new");
  });
});

describe("claims qualified by 'without'", () => {
  it("are not negative claims: a passage asserting the same event supports them", () => {
    const index = buildClaimIndex([{ id: "grain", text: "The Drenn grain convoy reached Lisec without losses" }]);
    const m = matchText(index, "The Drenn grain convoy reached Lisec on Tuesday, officials said.");
    expect(m[0].claims[0]).toMatchObject({ id: "grain", stance: "supports" });
  });
});

describe("claims about how many", () => {
  const index = buildClaimIndex([
    { id: "garrison", text: "About 400 Velmoran soldiers are stationed at the Osk outpost" },
  ]);

  it("are context for a passage that mentions the soldiers there but gives no figure", () => {
    const m = matchText(index, "Velmoran soldiers were first stationed at the Osk outpost in the spring.");
    expect(m[0].claims[0]).toMatchObject({ id: "garrison", stance: "context" });
  });

  it("are supported by a passage that gives the same figure", () => {
    const m = matchText(index, "Some 400 Velmoran soldiers are stationed at the Osk outpost.");
    expect(m[0].claims[0]).toMatchObject({ id: "garrison", stance: "supports" });
  });
});

describe("the same figure", () => {
  const index = buildClaimIndex([
    { id: "osk", text: "About 400 Velmoran soldiers are stationed at Osk" },
    { id: "lisec", text: "About 2,500 Velmoran soldiers are stationed at Lisec" },
  ]);

  it("ranks the claim giving the passage's figure first when both claims share its other words", () => {
    const m = matchText(index, "There are 400 Velmoran soldiers stationed in the north.");
    expect(m[0]?.claims[0].id).toBe("osk");
  });
});

describe("claims about how many, when ranking", () => {
  const index = buildClaimIndex([{ id: "garrison", text: "About 400 Velmoran soldiers are stationed at Osk" }]);
  const scoreOf = (text: string) => matchText(index, text)[0]?.claims[0].score ?? 0;

  it("score lower for a passage that gives no figure than for the same words with a figure", () => {
    const without = scoreOf("Velmoran soldiers are stationed at Osk.");
    const withFigure = scoreOf("Some 30 Velmoran soldiers are stationed at Osk.");
    expect(without).toBeGreaterThan(0);
    expect(withFigure).toBeGreaterThan(without);
  });
});
