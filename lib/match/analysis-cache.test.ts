// Fictional claims (invented places and people).
import { describe, expect, it } from "vitest";
import { buildClaimIndex, ClaimAnalysisCache } from "./index";
import { similarClaims } from "./similar";

const claims = [
  { id: "dam", text: "The Karvash dam was built with money from the Velmoran treasury" },
  { id: "ferry", text: "Eleven passengers died when the Lisec ferry sank in March 2024" },
  { id: "school", text: "Mayor Ilse Varga closed the Osk school for the winter", context: ["Ilse Varga"] },
];

describe("index rebuilt with kept claim analyses", () => {
  it("scores exactly as an index built from scratch", () => {
    const cache = new ClaimAnalysisCache();
    buildClaimIndex(claims, {}, cache);
    const rebuilt = buildClaimIndex(
      [...claims, { id: "bridge", text: "The Osk bridge was closed for repairs" }],
      {},
      cache,
    );
    const fresh = buildClaimIndex([...claims, { id: "bridge", text: "The Osk bridge was closed for repairs" }]);
    const query = "Ilse Varga closed the school and the bridge in Osk";
    expect(similarClaims(rebuilt, query)).toEqual(similarClaims(fresh, query));
  });

  it("reuses an unchanged claim's analysis and analyses a changed one again", () => {
    const cache = new ClaimAnalysisCache();
    const first = buildClaimIndex(claims, {}, cache);
    const edited = claims.map((c) =>
      c.id === "ferry" ? { ...c, text: "Nine passengers died when the Lisec ferry sank" } : c,
    );
    const second = buildClaimIndex(edited, {}, cache);
    expect(second.claims[0].terms).toBe(first.claims[0].terms);
    expect(second.claims[1].terms).not.toBe(first.claims[1].terms);
    expect(similarClaims(second, "Nine passengers died on the Lisec ferry")[0]).toMatchObject({
      id: "ferry",
      opposite: false,
    });
    // A new context (a tag or subject added) is a change too.
    const tagged = edited.map((c) => (c.id === "dam" ? { ...c, context: ["Water"] } : c));
    expect(buildClaimIndex(tagged, {}, cache).claims[0].terms).not.toBe(second.claims[0].terms);
  });

  it("analyses every claim again when the aliases change", () => {
    const cache = new ClaimAnalysisCache();
    const before = buildClaimIndex(claims, {}, cache);
    const after = buildClaimIndex(claims, { Velmora: ["the Velmoran treasury"] }, cache);
    expect(after.claims[0].terms).not.toBe(before.claims[0].terms);
  });

  it("gives each build its own weights", () => {
    const cache = new ClaimAnalysisCache();
    const small = buildClaimIndex(claims.slice(0, 1), {}, cache);
    const large = buildClaimIndex(claims, {}, cache);
    expect(large.claims[0].weights).not.toBe(small.claims[0].weights);
    expect(small.claims[0].weights.length).toBe(small.claims[0].tf.size);
  });
});
