// Fictional sentences (invented places, people and groups) for how a source is cut into passages
// and how a passage borrows from the one before it.
import { describe, expect, it } from "vitest";
import { buildClaimIndex, matchText, passagesOf } from "./index";

const texts = (t: string) => passagesOf(t).map((p) => p.text);

describe("clause boundaries", () => {
  it("cut before a participle clause, with or without an adverb", () => {
    expect(texts("Velmoran gunboats shelled the Osk ferry landing on Monday, badly damaging two cranes.")).toEqual([
      "Velmoran gunboats shelled the Osk ferry landing on Monday",
      "badly damaging two cranes.",
    ]);
  });

  it("cut before an adverb and a past participle", () => {
    expect(
      texts("The convoy was made up of grain lorries from Drenn, possibly escorted by Sable Front gunmen."),
    ).toEqual(["The convoy was made up of grain lorries from Drenn", "possibly escorted by Sable Front gunmen."]);
  });

  it("cut before a clause of time or cause that has no comma", () => {
    expect(
      texts("It is unclear why the Sable Front shelled the landing last week when talks on the river were going well."),
    ).toEqual([
      "It is unclear why the Sable Front shelled the landing last week",
      "when talks on the river were going well.",
    ]);
  });

  it("do not cut at an ellipsis: it marks words left out of a quote, not a new clause", () => {
    expect(
      texts("“I ordered the patrols to protect our crews … and to deter the Sable Front,” Mayor Ilse Varga said."),
    ).toEqual(["“I ordered the patrols to protect our crews … and to deter the Sable Front,” Mayor Ilse Varga said."]);
  });
});

describe("the passage before", () => {
  const index = buildClaimIndex([
    { id: "shelling", text: "Sable Front gunboats shelled the Osk ferry landing" },
    { id: "cranes", text: "Sable Front gunboats damaged two cranes at the Osk ferry landing" },
    { id: "bridge", text: "The Lisec bridge was closed for repairs" },
  ]);
  const text = "Sable Front gunboats shelled the Osk ferry landing on Monday, badly damaging two cranes.";
  const [first, second] = matchText(index, text);
  const score = (m: typeof first, id: string) => m.claims.find((c) => c.id === id)?.score ?? 0;

  it("lends its claim to the clause that continues it", () => {
    expect(second.claims[0].id).toBe("cranes");
    expect(score(second, "shelling")).toBeGreaterThan(0);
  });

  it("is the only neighbour: an opening clause is not raised by the clause after it", () => {
    expect(first.claims[0].id).toBe("shelling");
    // On its own words the opening clause holds about 60 % of "cranes"; the clause after it, which
    // is about the cranes, must not lift that (it did by 0.3 x its own score before).
    expect(score(first, "cranes")).toBeLessThan(0.5);
  });
});

describe("attributions", () => {
  it("stay with their sentence: 'according to' opens no clause", () => {
    expect(texts("Two barges sank near Osk on Monday, according to officials at the Drenn river authority.")).toEqual([
      "Two barges sank near Osk on Monday, according to officials at the Drenn river authority.",
    ]);
  });
});

describe("relative clauses about a person or group", () => {
  it("stay with the sentence that names them", () => {
    expect(texts("Drenn aircraft struck the Sable Front gunners, who had shelled the Osk ferry landing.")).toEqual([
      "Drenn aircraft struck the Sable Front gunners, who had shelled the Osk ferry landing.",
    ]);
  });
});
