// Leave-one-article-out check of the claim matcher's tuning against a gold set in the format of
// shared/eval/claim-matching (articles are read from --dir; no corpus text is stored here).
// Usage: npx tsx bench/match-loao.ts --gold GOLD.json --dir CORPUS_DIR [--claims CLAIMS.json]
// For each article: sweep the tunable numbers (lib/match MatchTuning) on the other articles, pick the
// best setting there, and score the held-out article with it. Prints the shipped defaults on every
// article, each fold's pick and held-out figures, and the pooled held-out figures. The metrics are
// those of score-claim-matching.mjs (map5, r1, stance, precision), computed in process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildClaimIndex, matchText, DEFAULT_TUNING, type MatchTuning, type PassageMatch } from "@/lib/match";
import { readGoldSet } from "./lib/match-gold.ts";

const { gold, bank, dir } = readGoldSet("match-loao.ts");
const index = buildClaimIndex(bank);
const articles = gold.articles.map((a) => {
  const text = readFileSync(join(dir, a.file), "utf8");
  const golds = a.passages.map((g) => ({
    ...g,
    start: text.indexOf(g.match),
    end: text.indexOf(g.match) + g.match.length,
  }));
  return { file: a.file, text, golds };
});

type Span = { start: number; end: number };
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const aligned = (a: Span, b: Span) => {
  const o = overlap(a, b);
  return o > 0 && 2 * o >= Math.min(a.end - a.start, b.end - b.start);
};

/** Raw counts for one article, so folds pool passages (not averages of averages). */
type Counts = { n: number; rr: number; r1: number; stanceN: number; stanceOk: number; pairs: number; pairsOk: number };
function countsOf(art: (typeof articles)[number], proposed: PassageMatch[]): Counts {
  const c: Counts = { n: 0, rr: 0, r1: 0, stanceN: 0, stanceOk: 0, pairs: 0, pairsOk: 0 };
  for (const g of art.golds) {
    c.n++;
    const p = proposed
      .filter((x) => aligned(x, g))
      .sort((a, b) => overlap(b, g) - overlap(a, g) || a.end - a.start - (b.end - b.start))[0];
    const rank = p ? p.claims.slice(0, 5).findIndex((x) => x.id === g.claim) + 1 : 0;
    if (rank >= 1) c.rr += 1 / rank;
    if (rank === 1) {
      c.r1++;
      c.stanceN++;
      if (p!.claims[0].stance === g.stance) c.stanceOk++;
    }
  }
  for (const p of proposed) {
    if (!p.claims.length) continue;
    c.pairs++;
    const top = p.claims[0].id;
    if (art.golds.some((g) => aligned(p, g) && (g.claim === top || (g.also ?? []).includes(top)))) c.pairsOk++;
  }
  return c;
}
const add = (xs: Counts[]): Counts =>
  xs.reduce(
    (a, b) => ({
      n: a.n + b.n,
      rr: a.rr + b.rr,
      r1: a.r1 + b.r1,
      stanceN: a.stanceN + b.stanceN,
      stanceOk: a.stanceOk + b.stanceOk,
      pairs: a.pairs + b.pairs,
      pairsOk: a.pairsOk + b.pairsOk,
    }),
    { n: 0, rr: 0, r1: 0, stanceN: 0, stanceOk: 0, pairs: 0, pairsOk: 0 },
  );
const metrics = (c: Counts) => ({
  map5: c.n ? c.rr / c.n : 0,
  r1: c.n ? c.r1 / c.n : 0,
  stance: c.stanceN ? c.stanceOk / c.stanceN : 0,
  precision: c.pairs ? c.pairsOk / c.pairs : 0,
});
const show = (c: Counts) => {
  const m = metrics(c);
  return `map5=${m.map5.toFixed(3)} r1=${m.r1.toFixed(3)} stance=${m.stance.toFixed(3)} precision=${m.precision.toFixed(3)}`;
};
/** What tuning optimises: ranking and precision count alike (the targets ask for both). */
const objective = (c: Counts) => {
  const m = metrics(c);
  return m.map5 + m.precision;
};

const grid: MatchTuning[] = [];
for (const threshold of [0.15, 0.18, 0.2, 0.22, 0.25, 0.3])
  for (const margin of [1, 1.1, 1.25, 1.5])
    for (const confident of [0.25, 0.3, 0.4, Infinity])
      for (const topicWeight of [0.5, 0.7, 0.9])
        for (const neighbourWeight of [0.15, 0.3, 0.5])
          grid.push({ threshold, margin, confident, topicWeight, neighbourWeight });

console.log(
  `load average ${(await import("node:os"))
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
const defaults = articles.map((a) => countsOf(a, matchText(index, a.text, DEFAULT_TUNING)));
articles.forEach((a, i) => console.log(`defaults on ${a.file}: ${show(defaults[i])}`));
console.log(`defaults, full dev: ${show(add(defaults))}`);

// Every setting on every article once; folds reuse the table.
const table = grid.map((t) => articles.map((a) => countsOf(a, matchText(index, a.text, t))));
const heldOut: Counts[] = [];
articles.forEach((a, k) => {
  let best = 0;
  let bestScore = -Infinity;
  table.forEach((row, g) => {
    const score = objective(add(row.filter((_, i) => i !== k)));
    if (score > bestScore + 1e-9) [best, bestScore] = [g, score];
  });
  heldOut.push(table[best][k]);
  const t = grid[best];
  console.log(
    `fold ${a.file}: tuned on the others ${show(add(table[best].filter((_, i) => i !== k)))}; ` +
      `pick ${JSON.stringify({ ...t, confident: t.confident === Infinity ? "never" : t.confident })}; held out ${show(table[best][k])}`,
  );
});
console.log(`held-out, pooled over folds: ${show(add(heldOut))}`);
