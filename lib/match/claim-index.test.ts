// Fictional claims (invented places and people).
import { describe, expect, it } from "vitest";
import {
  analyseClaim,
  buildClaimIndex,
  claimsTouchedByAliases,
  matchText,
  updateClaimIndex,
  type ClaimIndex,
  type ClaimInput,
} from "./index";
import { similarClaims } from "./similar";

const claims: ClaimInput[] = [
  { id: "dam", text: "The Karvash dam was built with money from the Velmoran treasury" },
  { id: "ferry", text: "Eleven passengers died when the Lisec ferry sank in March 2024" },
  { id: "school", text: "Mayor Ilse Varga closed the Osk school for the winter", context: ["Ilse Varga"] },
  { id: "bridge", text: "The Osk bridge was closed for repairs in March 2024" },
  { id: "grain", text: "The Drenn grain convoy reached Lisec without losses", context: ["Drenn Relief Board"] },
  { id: "strike", text: "The Sable Front did not attack the Osk garrison", kind: "responsibility_attribution" },
];

const QUERIES = [
  "Ilse Varga closed the school and the bridge in Osk",
  "The Lisec ferry sank and eleven passengers died",
  "Money from the treasury built the dam at Karvash",
  "The DRB convoy of grain reached Lisec",
  "Sable fighters attacked the garrison at Osk in March 2024",
];
const ARTICLE =
  "Fictional report. Mayor Ilse Varga closed the Osk school on Monday. The Osk bridge stayed closed for repairs. " +
  "The DRB said its grain convoy reached Lisec without losses, and that the Lisec ferry sank with eleven passengers.";

/** Everything a caller can observe of an index: its similar claims for several texts and an article's matches. */
function observed(index: ClaimIndex) {
  return {
    similar: QUERIES.map((q) => similarClaims(index, q, 5)),
    matches: matchText(index, ARTICLE),
    size: index.claims.length,
    terms: index.postings.size,
  };
}

const analysed = (index: ClaimIndex, list: ClaimInput[]) => list.map((c) => analyseClaim(c, index));

describe("claim index patched in place", () => {
  it("adds a new claim: the same as a full build with the claim last", () => {
    const index = buildClaimIndex(claims);
    const added = { id: "curfew", text: "A curfew was declared in Osk after the bridge closed" };
    updateClaimIndex(index, { put: analysed(index, [added]) });
    expect(observed(index)).toEqual(observed(buildClaimIndex([...claims, added])));
    expect(similarClaims(index, "Osk declared a curfew after the bridge closed")[0].id).toBe("curfew");
  });

  it("edits a claim in place: the same as a full build of the edited list", () => {
    const index = buildClaimIndex(claims);
    const edited = claims.map((c) =>
      c.id === "ferry" ? { ...c, text: "Nine passengers died when the Lisec ferry capsized" } : c,
    );
    updateClaimIndex(index, { put: analysed(index, [edited[1]]) });
    expect(observed(index)).toEqual(observed(buildClaimIndex(edited)));
    // A claim's new context (a tag or subject added) is an edit too.
    const tagged = edited.map((c) => (c.id === "dam" ? { ...c, context: ["Water", "Karvash"] } : c));
    updateClaimIndex(index, { put: analysed(index, [tagged[0]]) });
    expect(observed(index)).toEqual(observed(buildClaimIndex(tagged)));
  });

  it("removes claims: the same as a full build without them, and their words are unknown again", () => {
    const index = buildClaimIndex(claims);
    updateClaimIndex(index, { remove: ["school", "dam", "not-indexed"] });
    const rest = claims.filter((c) => c.id !== "school" && c.id !== "dam");
    expect(observed(index)).toEqual(observed(buildClaimIndex(rest)));
    expect(index.idf.has("karvash")).toBe(false);
    expect(similarClaims(index, "Ilse Varga closed the school").map((s) => s.id)).not.toContain("school");
  });

  it("applies adds, edits and removals together, several times over", () => {
    const index = buildClaimIndex(claims);
    let list = [...claims];
    for (let round = 0; round < 3; round++) {
      const fresh = { id: `new-${round}`, text: `Osk council ${round} reopened the Lisec ferry route in March` };
      const edit = { ...list[round], text: `${list[round].text} again` };
      const gone = list[list.length - 1].id;
      list = [...list.map((c) => (c.id === edit.id ? edit : c)).filter((c) => c.id !== gone), fresh];
      updateClaimIndex(index, { remove: [gone], put: analysed(index, [edit, fresh]) });
      expect(observed(index)).toEqual(observed(buildClaimIndex(list)));
    }
  });

  it("a new actor alias re-analyses only the claims holding it, as a full build would", () => {
    const index = buildClaimIndex(claims);
    const aliases = { "Drenn Relief Board": ["DRB", "the relief board"] };
    const { table, touched } = claimsTouchedByAliases(index, aliases);
    expect(touched.map((c) => c.id)).toEqual(["grain"]);
    updateClaimIndex(index, {
      aliases: { table, actorAliases: aliases },
      put: touched.map((c) => analyseClaim(c, index, table)),
    });
    expect(observed(index)).toEqual(observed(buildClaimIndex(claims, aliases)));
    expect(similarClaims(index, "The DRB convoy reached Lisec")[0].id).toBe("grain");
    // And back: removing the alias touches the same claim and gives the build without it.
    const back = claimsTouchedByAliases(index, {});
    updateClaimIndex(index, {
      aliases: { table: back.table, actorAliases: {} },
      put: back.touched.map((c) => analyseClaim(c, index, back.table)),
    });
    expect(observed(index)).toEqual(observed(buildClaimIndex(claims)));
  });

  it("an alias lexicon that maps nothing differently touches no claim", () => {
    const index = buildClaimIndex(claims, { Velmora: ["Velmoran state"] });
    expect(claimsTouchedByAliases(index, { Velmora: ["Velmoran state"] }).touched).toEqual([]);
  });
});
