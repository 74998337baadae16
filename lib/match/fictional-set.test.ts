// A small fictional article (invented country, towns, people and groups) with its own claim bank and
// gold passages, scored the way shared/eval/score-claim-matching.mjs scores the development set. It
// guards that the matcher's rules generalise beyond the development articles' vocabulary.
import { describe, expect, it } from "vitest";
import { buildClaimIndex, matchText, type PassageMatch } from "./index";

const CLAIMS = [
  { id: "f1", text: "The Sable Front shelled the Osk ferry landing in March 2025", kind: "factual" },
  { id: "f2", text: "Two dockworkers were killed in the March 2025 shelling of Osk", kind: "factual" },
  { id: "f3", text: "Velmora arms and funds the Sable Front", kind: "responsibility_attribution" },
  { id: "f4", text: "Velmora has no links to the Sable Front", kind: "factual" },
  {
    id: "f5",
    text: "The Drenn government warned the Sable Front of further action if attacks continue",
    kind: "quote_attribution",
  },
  { id: "f6", text: "About 400 Drenn troops are stationed in Osk", kind: "factual" },
  { id: "f7", text: "The Drenn reprisal strikes were limited responses meant to avoid escalation", kind: "factual" },
  { id: "f8", text: "The Osk ferry reopened to passengers in April 2025", kind: "factual" },
  // Distractors: same region and actors, other events.
  { id: "f9", text: "The Sable Front captured two outposts on the Veld River in 2023", kind: "factual" },
  { id: "f10", text: "Velmora's parliament voted to expel Drenn diplomats", kind: "factual" },
  { id: "f11", text: "Floods closed the Lisec bridge for a month", kind: "factual" },
  { id: "f12", text: "The Harbour Guild is funded by the Drenn government", kind: "factual" },
];

const ARTICLE = `Fictional report from the Drenn coast

Sable Front gunners shelled the ferry landing at Osk on 14 March 2025, killing two dockworkers. The Velmoran foreign ministry denied any links with the Sable Front on Friday, but accused Drenn of provoking the clashes. A senior Drenn defence official said Velmora had supplied the group with mortars and paid its fighters. "We will not tolerate further attacks on our people," said Mara Ostrin, the Drenn interior minister.

Drenn aircraft struck two Sable Front depots the next day. The response was limited and meant to avoid a wider escalation, officials said. Around 400 Drenn soldiers are based in Osk, most of them near the port.

The bakery on Linden Street reopened after the storm.`;

type Gold = { match: string; claim: string; stance: string };
const GOLD: Gold[] = [
  { match: "Sable Front gunners shelled the ferry landing at Osk on 14 March 2025", claim: "f1", stance: "supports" },
  { match: "killing two dockworkers", claim: "f2", stance: "supports" },
  {
    match: "The Velmoran foreign ministry denied any links with the Sable Front on Friday",
    claim: "f4",
    stance: "supports",
  },
  {
    match: "A senior Drenn defence official said Velmora had supplied the group with mortars and paid its fighters",
    claim: "f3",
    stance: "supports",
  },
  { match: "We will not tolerate further attacks on our people", claim: "f5", stance: "supports" },
  { match: "The response was limited and meant to avoid a wider escalation", claim: "f7", stance: "supports" },
  { match: "Around 400 Drenn soldiers are based in Osk", claim: "f6", stance: "supports" },
];

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function score(matches: PassageMatch[]) {
  let first = 0;
  let stance = 0;
  const golds = GOLD.map((g) => ({
    ...g,
    start: ARTICLE.indexOf(g.match),
    end: ARTICLE.indexOf(g.match) + g.match.length,
  }));
  const misses: string[] = [];
  for (const g of golds) {
    const p = matches
      .filter((m) => 2 * overlap(m, g) >= Math.min(m.end - m.start, g.end - g.start) && overlap(m, g) > 0)
      .sort((a, b) => overlap(b, g) - overlap(a, g))[0];
    if (p?.claims[0].id !== g.claim) misses.push(`${g.claim}: ${p ? p.claims.map((c) => c.id).join(",") : "none"}`);
    else {
      first++;
      if (p.claims[0].stance === g.stance) stance++;
      else misses.push(`${g.claim} stance ${p.claims[0].stance}`);
    }
  }
  const correct = matches.filter((m) => golds.some((g) => overlap(m, g) > 0 && m.claims[0].id === g.claim)).length;
  return {
    r1: first / golds.length,
    stance: stance / Math.max(1, first),
    precision: correct / Math.max(1, matches.length),
    misses,
  };
}

describe("fictional evaluation set", () => {
  const matches = matchText(buildClaimIndex(CLAIMS), ARTICLE);
  const result = score(matches);

  it("ranks the gold claim first for every gold passage", () => {
    expect(result.misses).toEqual([]);
    expect(result.r1).toBe(1);
  });

  it("proposes no passage about the distractors or the unrelated bakery", () => {
    expect(matches.map((m) => m.claims[0].id)).not.toEqual(expect.arrayContaining(["f9", "f10", "f11", "f12"]));
    expect(matches.some((m) => m.text.includes("bakery"))).toBe(false);
    expect(result.precision).toBeGreaterThanOrEqual(0.8);
  });
});
