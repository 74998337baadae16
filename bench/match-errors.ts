// Error analysis for the claim matcher against a gold set in the format of
// shared/eval/claim-matching (no corpus text is stored here: articles are read from --dir).
// Usage: npx tsx bench/match-errors.ts --gold GOLD.json --dir CORPUS_DIR [--claims CLAIMS.json]
// For every gold passage it says why it is missed: no passage of ours overlaps it enough
// (segmentation), our passage is below the threshold (emission, with the gold claim's score and
// rank at threshold 0), or the claim is ranked below another (ranking); then every false proposal.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildClaimIndex, matchText, passagesOf, type PassageMatch } from "@/lib/match";
import { readGoldSet } from "./lib/match-gold.ts";

const { gold, bank, dir } = readGoldSet("match-errors.ts");
const claimText = new Map(bank.map((c) => [c.id, c.text]));
const index = buildClaimIndex(bank);

type Span = { start: number; end: number };
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const aligned = (a: Span, b: Span) => {
  const o = overlap(a, b);
  return o > 0 && 2 * o >= Math.min(a.end - a.start, b.end - b.start);
};
const short = (s: string, n = 70) =>
  s.replace(/\s+/g, " ").length > n ? s.replace(/\s+/g, " ").slice(0, n - 1) + "…" : s.replace(/\s+/g, " ");
const bestFor = (ps: PassageMatch[], g: Span) =>
  ps
    .filter((p) => aligned(p, g))
    .sort((a, b) => overlap(b, g) - overlap(a, g) || a.end - a.start - (b.end - b.start))[0];
const rankOf = (p: PassageMatch, id: string) => p.claims.findIndex((c) => c.id === id) + 1;
const list = (p: PassageMatch) => p.claims.map((c) => `${c.id}:${c.score.toFixed(2)}`).join(" ");

let n = 0,
  rr = 0,
  r1 = 0,
  stanceN = 0,
  stanceOk = 0,
  pairs = 0,
  pairsOk = 0;
const tally: Record<string, number> = {};
for (const art of gold.articles) {
  const text = readFileSync(join(dir, art.file), "utf8");
  const golds = art.passages.map((g) => ({
    ...g,
    start: text.indexOf(g.match),
    end: text.indexOf(g.match) + g.match.length,
  }));
  const proposed = matchText(index, text);
  const all = matchText(index, text, 0);
  const passages = passagesOf(text);
  console.log(`\n== ${art.file}: ${passages.length} passages, ${proposed.length} proposed`);
  for (const g of golds) {
    n++;
    const p = bestFor(proposed, g);
    const rank = p ? rankOf(p, g.claim) : 0;
    if (rank >= 1 && rank <= 5) rr += 1 / rank;
    if (rank === 1) {
      r1++;
      stanceN++;
      if (p!.claims[0].stance === g.stance) stanceOk++;
      else console.log(`STANCE    ${g.claim} got ${p!.claims[0].stance} want ${g.stance}: "${short(g.match)}"`);
      continue;
    }
    let reason: string;
    if (p) reason = "RANKING";
    else if (bestFor(all, g)) reason = "EMISSION";
    else reason = "SEGMENT";
    tally[reason] = (tally[reason] ?? 0) + 1;
    const q = p ?? bestFor(all, g);
    const ours = q
      ? `ours "${short(q.text, 60)}" [${list(q)}] gold rank ${rankOf(q, g.claim) || "-"}`
      : "ours: " +
        passages
          .filter((x) => overlap(x, g) > 0)
          .map((x) => `"${short(x.text, 50)}"`)
          .join(" | ");
    console.log(`${reason.padEnd(9)} want ${g.claim} (${g.stance}) "${short(g.match)}"\n          ${ours}`);
  }
  for (const p of proposed) {
    pairs++;
    const top = p.claims[0].id;
    if (golds.some((g) => aligned(p, g) && (g.claim === top || (g.also ?? []).includes(top)))) pairsOk++;
    else {
      const gl = golds.find((g) => aligned(p, g));
      tally[gl ? "FALSE-WRONGCLAIM" : "FALSE-NOGOLD"] = (tally[gl ? "FALSE-WRONGCLAIM" : "FALSE-NOGOLD"] ?? 0) + 1;
      console.log(
        `FALSE     "${short(p.text, 60)}" -> ${top} ${p.claims[0].score.toFixed(2)} (${short(claimText.get(top) ?? "", 50)})${gl ? ` gold ${gl.claim}` : " no gold"}`,
      );
    }
  }
}
const f = (a: number, b: number) => (b ? a / b : 0).toFixed(3);
console.log(`\n${JSON.stringify(tally)}`);
console.log(`map5=${(rr / n).toFixed(3)} r1=${f(r1, n)} stance=${f(stanceOk, stanceN)} precision=${f(pairsOk, pairs)}`);
