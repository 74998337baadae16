// Fictional sentences (invented places and groups) for the synonym lexicon, the document-aware
// term weights and the margin rule that decides which passages are proposed.
import { describe, expect, it } from "vitest";
import { buildClaimIndex, confident, documentWeights, matchText } from "./index";
import { termsOf } from "./terms";

const index = buildClaimIndex([
  { id: "outpost", text: "Velmoran troops were attacked at the Osk outpost" },
  { id: "guard", text: "The Revolutionary Guard seized two barges on the Drenn river" },
  { id: "bridge", text: "The Lisec bridge closed after the flood" },
  { id: "bridge-repair", text: "The Lisec bridge reopened after repairs" },
]);

const topOf = (text: string) => matchText(index, text)[0]?.claims[0]?.id;

describe("news synonym lexicon", () => {
  it("folds forces/soldiers and strike/attack/shelled into one concept each", () => {
    const a = termsOf("Velmoran forces were shelled", index.aliases).map((t) => t.term);
    const b = termsOf("Velmoran soldiers were attacked", index.aliases).map((t) => t.term);
    expect(a).toEqual(b);
  });

  it("matches a paraphrase that uses only synonyms of the claim's words", () => {
    expect(topOf("Gunners shelled Velmoran forces stationed at the Osk garrison.")).toBe("outpost");
  });

  it("treats captured as seized (the body's longer name shares its words)", () => {
    expect(topOf("The Islamic Revolutionary Guard Corps captured two barges on the Drenn.")).toBe("guard");
  });
});

describe("document-aware term weights", () => {
  it("lowers the weight of a word every sentence of the source uses", () => {
    const sentences = ["Lisec bridge is old.", "Lisec bridge closed.", "Lisec bridge flood."].map((s) =>
      termsOf(s, index.aliases),
    );
    const doc = documentWeights(index, sentences);
    const [lisec, flood] = [termsOf("Lisec", index.aliases)[0].term, termsOf("flood", index.aliases)[0].term];
    expect(doc.factor.get(lisec)!).toBeLessThan(doc.factor.get(flood)!);
    expect(doc.factor.get(flood)!).toBeLessThanOrEqual(1);
  });
});

describe("emission margin", () => {
  it("drops a weak passage whose best claim barely beats the runner-up", () => {
    expect(confident(0.22, 0.21, 0.2)).toBe(false);
  });

  it("keeps a weak passage whose best claim stands clear, and any strong one", () => {
    expect(confident(0.22, 0.1, 0.2)).toBe(true);
    expect(confident(0.6, 0.59, 0.2)).toBe(true);
  });

  it("keeps every passage at threshold 0 (the error analysis lists them all)", () => {
    expect(confident(0.05, 0.05, 0)).toBe(true);
  });

  it("never keeps a passage under the threshold", () => {
    expect(confident(0.15, 0, 0.2)).toBe(false);
  });

  it("proposes nothing for a passage that only names a place both claims share", () => {
    expect(matchText(index, "Tourists photographed the Lisec bridge at dawn.")).toEqual([]);
  });
});

describe("the claim's event", () => {
  const events = buildClaimIndex([
    { id: "wounded", text: "Two Velmoran soldiers were wounded at the Osk outpost" },
    { id: "patrol", text: "Velmoran soldiers patrolled near the Osk outpost" },
  ]);

  it("ranks a claim whose event the passage does not name below one that the passage matches as well", () => {
    const m = matchText(events, "Two Velmoran soldiers stood at the Osk outpost, patrolling.");
    expect(m[0].claims[0].id).toBe("patrol");
  });

  it("ranks the claim first when the passage names its event in other words", () => {
    const m = matchText(events, "Two Velmoran troops were injured at the Osk outpost on Sunday.");
    expect(m[0].claims[0].id).toBe("wounded");
  });
});

describe("more news synonyms", () => {
  it("folds response/retaliation, clashes/incidents, directs/command, backed/aligned, incursion/penetrated", () => {
    const fold = (s: string) => termsOf(s, index.aliases).map((t) => t.term);
    expect(fold("retaliation")).toEqual(fold("response"));
    expect(fold("skirmishes")).toEqual(fold("incidents"));
    expect(fold("directs")).toEqual(fold("command"));
    expect(fold("Osk-backed")).toEqual(fold("Osk-aligned"));
    expect(fold("incursion")).toEqual(fold("penetrated"));
  });
  it("leaves out names of single agreements and organisations: a workspace adds them as actor aliases", () => {
    const fold = (s: string) => termsOf(s, index.aliases).map((t) => t.term);
    expect(fold("the Osk accord")).toEqual(fold("the Osk agreement"));
    expect(fold("the OSKA")).not.toEqual(fold("the agreement"));
    const withActor = buildClaimIndex([{ id: "a", text: "x" }], { "Osk accord": ["OSKA"] });
    expect(termsOf("the OSKA", withActor.aliases).map((t) => t.term)).toEqual(
      termsOf("the Osk accord", withActor.aliases).map((t) => t.term),
    );
  });
});

describe("lexicon entries are general English, not one story's wording", () => {
  const fold = (s: string) => termsOf(s, index.aliases).map((t) => t.term);
  it("folds dictionary synonyms: tit-for-tat is retaliation, salvaging a pact is reviving it", () => {
    expect(fold("tit-for-tat")).toEqual(fold("retaliation"));
    expect(fold("salvage the Osk pact")).toEqual(fold("revive the Osk pact"));
  });
  it("keeps apart words that are only related in one story", () => {
    for (const [a, b] of [
      ["waited", "timed"],
      ["conflict", "escalation"],
      ["calculated", "limited"],
      ["deniability", "hiding"],
      ["pushed", "intruded"],
      ["productive", "progress"],
      ["billions", "dollars"],
    ])
      expect(fold(a)).not.toEqual(fold(b));
  });
});

describe("function words of place and degree", () => {
  it("are not matching words: a claim about a strike near a place is not matched by anything near it", () => {
    const fold = (s: string) => termsOf(s, index.aliases).map((t) => t.term);
    expect(fold("boats moored near the Osk ferry")).toEqual(fold("boats moored at the Osk ferry"));
    expect(fold("patrols between Osk and Lisec, still")).toEqual(fold("patrols in Osk and Lisec"));
  });
});

describe("negation words", () => {
  it("are not matching words (the stance rules read them)", () => {
    expect(termsOf("The council did not and never will approve it", index.aliases).map((t) => t.term)).toEqual([
      "council",
      "approv",
    ]);
  });
});

describe("general news vocabulary", () => {
  const terms = (s: string) => termsOf(s, index.aliases).map((t) => t.term);

  it("reads a defence ministry as an institution, not as the act of defending", () => {
    expect(terms("a senior defense official in Osk")).not.toContain(terms("defend")[0]);
    expect(terms("the Osk defence ministry")).toEqual(terms("the Osk ministry of defence"));
  });

  it("folds sites, facilities and compounds into one concept", () => {
    expect(terms("Velmoran sites")).toEqual(terms("Velmoran facilities"));
    expect(terms("the Drenn compound")).toEqual(terms("the Drenn installation"));
  });

  it("folds paying into funding, weapons into arms and reprisals into responses", () => {
    expect(terms("Velmora paid the gunmen")).toEqual(terms("Velmora funded the gunmen"));
    expect(terms("weapons for Osk")).toEqual(terms("arms for Osk"));
    expect(terms("Drenn reprisals")).toEqual(terms("Drenn retaliation"));
  });

  it("reads 'will not tolerate' and 'won't hesitate' as warnings", () => {
    expect(terms("Osk warned the Sable Front")).toEqual(terms("Osk will not tolerate the Sable Front"));
    expect(terms("we won’t hesitate")).toEqual(terms("we warned"));
  });
});

describe("names made of common words", () => {
  const terms = (s: string) => termsOf(s, index.aliases).map((t) => t.term);

  it("keep a capitalised word inside a name out of the lexicon's concept", () => {
    expect(terms("officials at the Drenn Central Command")).not.toContain(terms("ordered")[0]);
    expect(terms("the Velmoran command ordered it")).toContain(terms("ordered")[0]);
  });

  it("drop the Arabic article of a name, which would double the name's weight", () => {
    expect(terms("the al-Wadi outpost")).toEqual(terms("the Wadi outpost"));
  });

  it("still fold a capitalised word that opens a sentence", () => {
    expect(terms("Troops left Osk.")).toEqual(terms("soldiers left Osk."));
  });
});
