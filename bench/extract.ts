// Throughput of the extraction engine on one core:
//   npx tsx bench/extract.ts [--dir DIR] [--repeat N] [--rounds R]
// Reads every file in the corpus directory (default: <repo>/../shared/corpus), cycles through them
// until N articles (default 1000) have gone through extractAll, R times (default 5), and prints
// articles/s and MB/s for the best, median and worst round. The machine is shared, so the best
// round is the closest to the engine's own speed and the worst shows what contention costs; the
// cpu-* lines divide by this process's CPU time instead of wall-clock time.
// Prints figures only; the target (>= 500 articles of ~5 KB per second) is checked by reading them.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractAll } from "../lib/extract/index.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: { dir: { type: "string" }, repeat: { type: "string" }, rounds: { type: "string" } },
});
// The shared corpus sits next to the main checkout (../shared) or, from a worktree, two levels up.
const defaultDir = [join(repoRoot, "..", "shared", "corpus"), join(repoRoot, "..", "..", "shared", "corpus")].find(
  (d) => existsSync(d),
);
const dir = resolve(values.dir ?? defaultDir ?? join(repoRoot, "..", "shared", "corpus"));
const perRound = Number(values.repeat ?? 1000);
const rounds = Number(values.rounds ?? 5);

const texts = readdirSync(dir)
  .map((f) => join(dir, f))
  .filter((f) => statSync(f).isFile())
  .map((f) => readFileSync(f, "utf8"));
if (!texts.length) {
  console.error(`No files in ${dir}.`);
  process.exit(1);
}

// Warm-up so the JIT has compiled the hot paths before timing.
for (let k = 0; k < 200; k++) extractAll(texts[k % texts.length]);

let bytes = 0,
  quotes = 0;
for (let i = 0; i < perRound; i++) bytes += Buffer.byteLength(texts[i % texts.length], "utf8");
const seconds: number[] = [];
const cpuSeconds: number[] = [];
for (let r = 0; r < rounds; r++) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < perRound; i++) quotes += extractAll(texts[i % texts.length]).quotes.length;
  seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
  const used = process.cpuUsage(cpu);
  cpuSeconds.push((used.user + used.system) / 1e6);
}
seconds.sort((a, b) => a - b);
cpuSeconds.sort((a, b) => a - b);

const line = (label: string, s: number) =>
  `${label.padEnd(8)} ${(perRound / s).toFixed(0).padStart(6)} articles/s  ${(bytes / 1e6 / s).toFixed(2).padStart(6)} MB/s  (${s.toFixed(3)} s)`;
console.log(`corpus: ${texts.length} files from ${dir}, mean ${(bytes / perRound / 1024).toFixed(1)} KB per article`);
console.log(
  `${rounds} rounds of ${perRound} articles (${(bytes / 1e6).toFixed(2)} MB each, ${quotes / rounds} quotations), one core:`,
);
console.log(line("best", seconds[0]));
console.log(line("median", seconds[Math.floor(seconds.length / 2)]));
console.log(line("worst", seconds[seconds.length - 1]));
// CPU time of this process only: on a busy shared machine it stays close to the engine's own cost
// when wall-clock rounds are stretched by other processes.
console.log(line("cpu-best", cpuSeconds[0]));
console.log(line("cpu-med", cpuSeconds[Math.floor(cpuSeconds.length / 2)]));
