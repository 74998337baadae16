/**
 * Re-anchoring benchmark on generated ~2 MB texts. Prints timings; asserts nothing.
 *   npx tsx bench/anchoring.ts
 *
 * Two texts:
 * - "adversarial": sentences drawn from an 80-word vocabulary, so every 4-12 character chunk of a
 *   quote occurs hundreds of times (the worst case for seeding);
 * - "zipf": a Zipf-distributed vocabulary of 5,000 pseudo-words, closer to real prose.
 */
import { rng } from "@/lib/testing/random";
import { reanchor, selectorsFor, type ReanchorResult } from "@/lib/anchoring";

const SMALL_VOCABULARY = (
  "the a of to and in said that harbour council minister of Velmora Ostrava Quillan ferry bridge " +
  "militia convoy spokesman officials statement reported according on Tuesday Wednesday denied " +
  "claimed attack drones rockets at least four five fighters killed wounded sources told reporters " +
  "Tessaly Brandt Okonkwo Marisol Dravik province river northern southern governor agency it is not clear " +
  "could not be independently confirmed suspected sites estimates about hundred troops deployed base"
).split(" ");

function zipfVocabulary(size: number, seed: number): { words: string[]; cumulative: Float64Array } {
  const rand = rng(seed);
  const syllables = "ka ri vel mo ra os tra qui lan te sa ly bran dt ok on wo ma ri sol dra vik an ne lo pe su".split(
    " ",
  );
  const words: string[] = [];
  const seen = new Set<string>();
  while (words.length < size) {
    const n = 1 + Math.floor(rand() * 3);
    let w = "";
    for (let i = 0; i < n; i++) w += syllables[Math.floor(rand() * syllables.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) cumulative[i] = total += 1 / (i + 1);
  for (let i = 0; i < size; i++) cumulative[i] /= total;
  return { words, cumulative };
}

function generate(targetLength: number, seed: number, pick: (rand: () => number) => string): string {
  const rand = rng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < targetLength) {
    const n = 8 + Math.floor(rand() * 18);
    const sentence: string[] = [];
    for (let i = 0; i < n; i++) sentence.push(pick(rand));
    const s = sentence.join(" ");
    const out = s[0].toUpperCase() + s.slice(1) + (rand() < 0.15 ? ".\n\n" : ". ");
    parts.push(out);
    length += out.length;
  }
  return parts.join("").slice(0, targetLength);
}

function time(fn: () => ReanchorResult, runs: number): { median: number; max: number; result: ReanchorResult } {
  const times: number[] = [];
  let result = fn(); // warm-up
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], max: times[times.length - 1], result };
}

const row = (len: number | string, name: string, r: { median: number; max: number; result: ReanchorResult }) =>
  console.log(
    `${String(len).padStart(9)} | ${name.padEnd(20)} | ${`${r.result.status}/${r.result.method}`.padEnd(24)} | ` +
      `${r.median.toFixed(1).padStart(9)} | ${r.max.toFixed(1).padStart(6)}`,
  );

const RUNS = 7;
const SIZE = 2 * 1024 * 1024;
const zipf = zipfVocabulary(5000, 7);
const texts: Array<[string, string]> = [
  ["adversarial", generate(SIZE, 42, (rand) => SMALL_VOCABULARY[Math.floor(rand() * SMALL_VOCABULARY.length)])],
  [
    "zipf",
    generate(SIZE, 43, (rand) => {
      const x = rand();
      let lo = 0;
      let hi = zipf.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (zipf.cumulative[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      return zipf.words[lo];
    }),
  ],
];

for (const [label, text] of texts) {
  console.log(
    `\n${label} text: ${text.length.toLocaleString()} UTF-16 code units (${(text.length / 1048576).toFixed(1)} MB)`,
  );
  console.log("quote len | scenario             | status / method          | median ms | max ms");
  for (const quoteLength of [40, 200, 1000, 3000, 5000]) {
    const start = Math.floor(text.length * 0.61);
    const old = selectorsFor(text, start, start + quoteLength);
    const mid = start + Math.floor(quoteLength / 2);
    const editAt = text.indexOf(" ", mid) + 1;
    const scenarios: Array<[string, string]> = [
      ["unchanged", text],
      [
        "inserted before",
        text.slice(0, 1000) + "An inserted paragraph about the Ostrava harbour. ".repeat(20) + text.slice(1000),
      ],
      ["word edited", text.slice(0, editAt) + "Zephyrine" + text.slice(editAt + 3)],
      [
        "typo + inserted near",
        text.slice(0, start - 5) + "[update] " + text.slice(start - 5, editAt) + "x" + text.slice(editAt + 1),
      ],
      ["quote removed", text.slice(0, start) + text.slice(start + quoteLength)],
    ];
    for (const [name, newText] of scenarios)
      row(
        quoteLength,
        name,
        time(() => reanchor(old, newText), RUNS),
      );
  }

  // The original removed; two equally close edited copies elsewhere.
  {
    const start = Math.floor(text.length * 0.3);
    const old = selectorsFor(text, start, start + 120);
    const variantA = old.exact.replace(/ /, " Quillan ");
    const variantB = old.exact.replace(/ /, " Dravik ");
    const without = text.slice(0, start) + text.slice(start + 120);
    const newText =
      without.slice(0, 500_000) +
      ` ${variantA} ` +
      without.slice(500_000, 1_500_000) +
      ` ${variantB} ` +
      without.slice(1_500_000);
    row(
      120,
      "look-alikes",
      time(() => reanchor(old, newText), RUNS),
    );
  }

  // A common word: thousands of exact occurrences, all scored by context.
  {
    const counts = new Map<string, number>();
    for (const w of text.slice(0, 200_000).split(/[ .\n]+/)) if (w.length >= 5) counts.set(w, (counts.get(w) ?? 0) + 1);
    const word = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const start = text.indexOf(` ${word} `, Math.floor(text.length / 2)) + 1;
    const old = selectorsFor(text, start, start + word.length);
    const count = text.split(word).length - 1;
    row(
      word.length,
      `common (${count}x)`,
      time(() => reanchor(old, "Preface. " + text), RUNS),
    );
  }
}
