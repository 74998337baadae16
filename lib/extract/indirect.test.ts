// Reported speech, denials, intermediaries and anonymous sources.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "./index";
import { BORDER, BORDER_FOLLOW_UP, FLOOD, HARBOUR, NAVY, SPEAKERS } from "@/lib/testing/extract-fixtures";

const indirect = (text: string) => extractQuotes(text).filter((q) => q.kind === "indirect");
const reported = (text: string, words: string) => {
  const q = indirect(text).find((x) => x.text.includes(words));
  if (!q) throw new Error(`no indirect statement containing "${words}"`);
  return q;
};

describe("indirect speech", () => {
  it("X said that … gives the reported clause without “that” or the trailing day", () => {
    expect(reported(HARBOUR, "strike would continue")).toMatchObject({
      text: "the strike would continue until wages rise",
      speaker: "the dockworkers' union in Velmora",
      cue: "said",
    });
  });
  it("X said … without “that”", () => {
    expect(reported(SPEAKERS, "files had been altered")).toMatchObject({
      text: "the files had been altered",
      speaker: "Mara Quill",
    });
  });
  it("X denied (that) …", () => {
    expect(reported(BORDER, "supplied weapons")).toMatchObject({
      text: "it had supplied weapons to the rebels",
      speaker: "the Dravian government",
      cue: "denied",
    });
  });
  it("X denied NOUN PHRASE … stops before a following verb phrase and a trailing day", () => {
    const text = "The interior ministry denied any role in the arrests on Friday but accused the opposition of lying.";
    expect(reported(text, "any role")).toMatchObject({
      text: "any role in the arrests",
      cue: "denied",
      speaker: "the interior ministry",
    });
  });
  it("According to X, …", () => {
    expect(reported(NAVY, "turned back twice")).toMatchObject({
      text: "the convoy had turned back twice since June",
      cue: "according to",
    });
  });
  it("According to a statement from X, …", () => {
    const text = "According to a statement from the Talvik provincial council, the depots were located near homes.";
    expect(reported(text, "depots")).toMatchObject({
      text: "the depots were located near homes",
      speaker: "the Talvik provincial council",
    });
  });
  it("X said in a Telegram post that …", () => {
    const text =
      "The militia's spokesman, Omar Rask, said in a Telegram post that nine members were killed and vowed revenge.";
    expect(reported(text, "nine members")).toMatchObject({ text: "nine members were killed", speaker: "Omar Rask" });
  });
  it("…, according to X. (attribution after the clause)", () => {
    expect(reported(BORDER, "Eleven civilians")).toMatchObject({
      text: "Eleven civilians were reportedly killed in the fighting",
      speaker: "a local monitoring group",
    });
  });
  it("X told Y that …", () => {
    expect(reported(NAVY, "Kestrel Brigade")).toMatchObject({
      text: "the Kestrel Brigade is responsible for and directing the attacks on shipping",
      cue: "told",
    });
  });
  it("…, X said. (clause before the cue)", () => {
    const text = "The bridge will reopen in May, the transport minister said.";
    expect(reported(text, "bridge")).toMatchObject({
      text: "The bridge will reopen in May",
      speaker: "the transport minister",
    });
  });
  it("splits “said A and that B” into two statements", () => {
    const items = indirect(BORDER_FOLLOW_UP)
      .filter((q) => q.speaker === "the Arvanian army")
      .map((q) => q.text);
    expect(items).toEqual(["14 soldiers were wounded", "no soldier was killed"]);
  });
  it("“…, adding that …” is a further statement by the same speaker", () => {
    expect(reported(SPEAKERS, "would sue")).toMatchObject({ speaker: "Orlen Group", cue: "adding" });
  });
  it("“she added that …” with a partial quote keeps the clause and the quote", () => {
    expect(reported(FLOOD, "council")).toMatchObject({ speaker: "Priya Castellan", cue: "added" });
  });
  it("does not report an object noun phrase of a verb like “warned” as speech", () => {
    expect(indirect("The mayor warned residents of heavy rain.")).toEqual([]);
  });
});

describe("intermediaries", () => {
  it("told OUTLET -> via", () => {
    expect(reported(NAVY, "Kestrel Brigade").via).toBe("Harbor Ledger");
    const q = extractQuotes(HARBOUR).find((x) => x.text.includes("Fewer than 200"))!;
    expect(q.via).toBe("Velmora Courier");
  });
  it("told reporters is not an intermediary", () => {
    const q = extractQuotes(BORDER).find((x) => x.text.includes("No post was destroyed"))!;
    expect(q.via).toBeNull();
  });
  it("according to REPORTER of OUTLET -> speaker reporter, via outlet", () => {
    expect(reported(NAVY, "turned back twice")).toMatchObject({ speaker: "Sofia Lindqvist", via: "Northern Times" });
  });
  it("…, reports REPORTER of OUTLET", () => {
    expect(reported(NAVY, "seen near Orsk")).toMatchObject({
      speaker: "Jan Mertens",
      via: "Coast Radio",
      cue: "reports",
    });
  });
  it("X said according to reporting by Y -> via Y", () => {
    const text = "The talks collapsed after an hour, Minister Ada Rook said according to reporting by Tim Vance.";
    expect(reported(text, "talks collapsed")).toMatchObject({ speaker: "Ada Rook", via: "Tim Vance" });
  });
  it("a statement carried by an agency -> via the agency", () => {
    const text = "In a statement carried by the Ostrel Press Agency, the militia said its commander had survived.";
    expect(reported(text, "commander had survived")).toMatchObject({
      speaker: "the militia",
      via: "Ostrel Press Agency",
    });
  });
});

describe("anonymous speakers", () => {
  it("“a senior official”, “officials”, “analysts” are anonymous", () => {
    expect(reported(HARBOUR, "emergency contracts")).toMatchObject({
      speaker: "a senior port official",
      anonymous: true,
    });
    expect(reported(HARBOUR, "two workers were injured")).toMatchObject({ speaker: "officials", anonymous: true });
    expect(reported(NAVY, "Kestrel Brigade")).toMatchObject({ speaker: "one senior naval official", anonymous: true });
    expect(reported(BORDER, "backed by")).toMatchObject({ speaker: "analysts", anonymous: true });
  });
  it("named people and organisations are not anonymous", () => {
    expect(extractQuotes(SPEAKERS).every((q) => !q.anonymous)).toBe(true);
  });
});
