// Speakers of direct quotations: cue patterns, titles, appositives, continuation and organisations.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "./index";
import { BORDER, FLOOD, HARBOUR, NAVY, SPEAKERS } from "@/lib/testing/extract-fixtures";

const direct = (text: string, words: string) => {
  const q = extractQuotes(text).find((x) => x.kind === "direct" && x.text.includes(words));
  if (!q) throw new Error(`no direct quote containing "${words}"`);
  return q;
};

describe("speaker patterns", () => {
  it("“…,” X said", () => {
    expect(direct(SPEAKERS, "great lengths")).toMatchObject({ speaker: "Mara Quill", cue: "said" });
  });
  it("“…,” said X, with a title before the name", () => {
    expect(direct(HARBOUR, "not going anywhere")).toMatchObject({ speaker: "Tomas Brenneke", cue: "said" });
  });
  it("X told Y", () => {
    expect(direct(BORDER, "No post was destroyed")).toMatchObject({ speaker: "Piet Anders", cue: "told", via: null });
  });
  it("X said in a statement (organisation speaking)", () => {
    const q = extractQuotes(BORDER).find((x) => x.kind === "indirect" && x.text.includes("destroyed a border post"))!;
    expect(q.speaker).toBe("Northwind Alliance");
  });
  it("X wrote (a lone quoted word stays inside the reported clause, not a quotation of its own)", () => {
    const q = extractQuotes(NAVY).find((x) => x.text.includes("strayed"))!;
    expect(q).toMatchObject({ kind: "indirect", speaker: "Oren Halvard", cue: "wrote" });
    expect(extractQuotes(NAVY).filter((x) => x.kind === "direct" && x.text === "strayed")).toEqual([]);
  });
  it("X, who …, said: “…”", () => {
    expect(direct(FLOOD, "never finished")).toMatchObject({ speaker: "Priya Castellan", cue: "said" });
  });
  it("X said last month: “…” with the role before the name", () => {
    expect(direct(BORDER, "no ties to any armed group")).toMatchObject({
      speaker: "Lena Kosk",
      role: "Dravia’s foreign minister",
    });
  });
  it("ORG added, “…”", () => {
    expect(direct(NAVY, "patrol was routine")).toMatchObject({ speaker: "Fleet Command", cue: "added" });
  });
  it("titles, ranks and nicknames are stripped from names; appositives become roles", () => {
    expect(direct(NAVY, "watching the strait")).toMatchObject({
      speaker: "Karel Voss",
      role: "commander of the Southern Fleet",
    });
    expect(direct(NAVY, "no evidence")).toMatchObject({ speaker: "Anya Petrov" });
  });
  it("“the Institute's Jane Doe” and “Jane Doe of the Institute” give the person", () => {
    const text =
      "“Prices will fall,” said the Corvin Institute’s Lea Marsh. “Rents will not,” said Ivo Dane of the Pell Foundation.";
    expect(direct(text, "Prices will fall").speaker).toBe("Lea Marsh");
    expect(direct(text, "Rents will not").speaker).toBe("Ivo Dane");
  });
  it("organisation names keep “of”, “for” and “and”; “in PLACE” is not part of the name", () => {
    const said = (text: string) => extractQuotes(text)[0]?.speaker;
    expect(said("The Ministry of Defence in Corvany said on Sunday that its aircraft had struck three depots.")).toBe(
      "Ministry of Defence",
    );
    expect(said("The Centre for Peace and Security said the talks had failed.")).toBe("Centre for Peace and Security");
    expect(said("Officials at the Port Authority said the harbour would reopen.")).toBe(
      "officials at the Port Authority",
    );
    expect(said("Secretary of State Jane Rook said the talks had failed.")).toBe("Jane Rook");
  });
  it("according to X attributes the statement", () => {
    const q = extractQuotes(HARBOUR).find((x) => x.text.includes("300 workers were picketing"))!;
    expect(q).toMatchObject({ speaker: "Velmora Courier", cue: "according to", kind: "indirect" });
  });
});

describe("continuation and references back", () => {
  it("he added / she noted resolve to the last named speaker", () => {
    expect(direct(SPEAKERS, "Voters deserve answers")).toMatchObject({ speaker: "Ben Ashdown", cue: "added" });
    expect(direct(NAVY, "None at all")).toMatchObject({ speaker: "Anya Petrov", cue: "noted" });
  });
  it("she told … resolves to a person named earlier even before she spoke", () => {
    expect(direct(HARBOUR, "Fewer than 200").speaker).toBe("Ilse Varga");
  });
  it("“the analyst said” finds the speaker whose role fits", () => {
    const q = extractQuotes(HARBOUR).find((x) => x.text.includes("dispute could spread"))!;
    expect(q.speaker).toBe("Hana Soltys");
  });
  it("“the spokesman said” and “the detective added” resolve to the named spokesman / detective", () => {
    expect(direct(BORDER, "casualty lists").speaker).toBe("Piet Anders");
    expect(direct(SPEAKERS, "open case").speaker).toBe("Mara Quill");
  });
  it("a surname alone resolves to the name as first given", () => {
    expect(direct(FLOOD, "failure of maintenance").speaker).toBe("Priya Castellan");
    expect(direct(HARBOUR, "Every ship").speaker).toBe("Tomas Brenneke");
  });
  it("a quotation sentence after an attributed one continues the same speaker", () => {
    expect(direct(SPEAKERS, "three copies").speaker).toBe("Mara Quill");
  });
  it("“the group said” resolves to the organisation that spoke before", () => {
    expect(direct(SPEAKERS, "cooperate fully").speaker).toBe("Orlen Group");
  });
  it("does not resolve a pronoun forward to a later speaker", () => {
    const text = "“We will rebuild the whole town,” he said. Mayor Ona Feld arrived later.";
    expect(direct(text, "We will rebuild").speaker).toBeNull();
  });
});

describe("more attribution shapes", () => {
  it.each([
    [
      "“We heard two explosions and then the sirens,” Lars Eklund, 52, a night guard, said.",
      "two explosions",
      "Lars Eklund",
    ],
    [
      "“We expect delays at every checkpoint,” according to Lev Orlov, a logistics officer.",
      "expect delays",
      "Lev Orlov",
    ],
    ["“Nothing has been decided yet,” wrote Mina Castell in a blog post.", "Nothing has been decided", "Mina Castell"],
    ["“It is chaos,” the association’s director, Pia Lang, said.", "It is chaos", "Pia Lang"],
    [
      "“The investigation is ongoing,” said a police spokeswoman, who declined to be named.",
      "investigation is ongoing",
      "a police spokeswoman",
    ],
    [
      "“The convoy will move at dawn,” Colonel Ada Brix said on Monday, “and it will not stop for anyone.”",
      "will not stop",
      "Ada Brix",
    ],
    ["‘We will not back down,’ says minister", "not back down", "minister"],
  ])("%j", (text, words, speaker) => {
    expect(direct(text, words).speaker).toBe(speaker);
  });

  it("“a statement saying …” then “the statement said” is the organisation", () => {
    const text =
      "The regional council issued a statement saying the curfew would last a week. “Residents must stay indoors after dark,” the statement said.";
    expect(direct(text, "stay indoors").speaker).toBe("the regional council");
  });

  it("a descriptor with modifiers is someone new, not the last speaker", () => {
    const text =
      "“Nothing has been decided yet,” wrote Mina Castell. “The border is closed,” the provincial governor said.";
    expect(direct(text, "border is closed").speaker).toBe("the provincial governor");
  });

  it("an unnamed speaker after a quotation is anonymous", () => {
    expect(direct("“The investigation is ongoing,” said a police spokeswoman.", "investigation").anonymous).toBe(true);
  });
});
