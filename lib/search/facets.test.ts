import { describe, expect, it } from "vitest";
import { dateFacetTokens, facetExpression, facetGroups } from "./facets";

describe("facets", () => {
  it("covers a date range with the fewest decade, year, month and day tokens", () => {
    expect(dateFacetTokens(new Date("2020-11-30"), new Date("2022-02-01"))).toEqual([
      "zzd20201130",
      "zzm202012",
      "zzy2021",
      "zzm202201",
      "zzd20220201",
    ]);
    expect(dateFacetTokens(new Date("2021-01-01"), new Date("2021-12-31T23:59:59Z"))).toEqual(["zzy2021"]);
    expect(dateFacetTokens(new Date("2010-01-01"), new Date("2031-06-30"))).toEqual([
      "zzc201",
      "zzc202",
      "zzy2030",
      "zzm203101",
      "zzm203102",
      "zzm203103",
      "zzm203104",
      "zzm203105",
      "zzm203106",
    ]);
    expect(dateFacetTokens(new Date("2021-03-31T23:00:00Z"), new Date("2021-03-31T23:30:00Z"))).toEqual([
      "zzd20210331",
    ]);
    expect(dateFacetTokens(new Date("2024-02-28"), new Date("2024-03-01"))).toEqual([
      "zzd20240228",
      "zzd20240229",
      "zzd20240301",
    ]);
    expect(dateFacetTokens(new Date("2022-01-01"), new Date("2021-01-01"))).toEqual([]);
    // Open ends stop at 1900 and 2099.
    expect(dateFacetTokens(undefined, new Date("1999-12-31"))).toEqual([
      "zzc190",
      "zzc191",
      "zzc192",
      "zzc193",
      "zzc194",
      "zzc195",
      "zzc196",
      "zzc197",
      "zzc198",
      "zzc199",
    ]);
    expect(dateFacetTokens(new Date("2090-01-01"), undefined)).toEqual(["zzc209"]);
    for (const [from, to] of [
      ["1900-01-02", "2099-12-30"],
      ["1901-07-17", "2098-05-13"],
    ]) {
      expect(dateFacetTokens(new Date(from), new Date(to)).length).toBeLessThan(120);
    }
  });

  it("builds one group per filter that applies to the type", () => {
    const filters = {
      status: "in_review",
      verdict: "mostly_false",
      actor: "Cabc123",
      tag: "ferries",
      from: new Date("2021-01-01"),
      to: new Date("2021-12-31"),
    };
    expect(facetGroups("evidence", { from: new Date("2090-01-01") })).toEqual([["zzc209"]]);
    expect(facetGroups("claim", filters, "tag1")).toEqual([
      ["zzsinreview"],
      ["zzvmostlyfalse"],
      ["zzttag1"],
      ["zzacabc123"],
      ["zzy2021"],
    ]);
    expect(facetGroups("statement", filters)).toEqual([["zzacabc123"], ["zzy2021"]]);
    expect(facetGroups("evidence", {})).toEqual([]);
    expect(facetGroups("evidence", { from: new Date("2021-01-02"), to: new Date("2021-01-01") })).toBeNull();
    expect(facetGroups("claim", { tag: "nope" }, null)).toBeNull(); // no such tag: nothing matches
    expect(facetGroups("claim", { actor: "not an id" })).toBeNull();
    expect(facetExpression([["a"], ["b", "c"]])).toBe(' AND ("a") AND ("b" OR "c")');
  });
});
