// Time to match one 10 KB article against 10,000 claims on one core:
//   npm run bench:match [-- --claims N --kb K --rounds R]
// Claims and article are generated from fictional word pools (invented places and people) with a
// fixed seed. Prints the time to index the claims once and, per round, the time to match the article
// (best, median, worst: the machine is shared) and its CPU time. Target: matching under 200 ms.
import { parseArgs } from "node:util";
import { buildClaimIndex, matchText } from "../lib/match/index.ts";
import { rng } from "../lib/testing/random.ts";

const { values } = parseArgs({
  options: { claims: { type: "string" }, kb: { type: "string" }, rounds: { type: "string" } },
});
const claimCount = Number(values.claims ?? 10000);
const kb = Number(values.kb ?? 10);
const rounds = Number(values.rounds ?? 7);

const random = rng(20261130);
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
const PLACES = ["Velmora", "Osk", "Port Telmi", "Karvash", "the Drenn valley", "Lisec", "Ubrava", "Tarn Hollow"];
const ACTORS = [
  "the Sable Front",
  "the Coastal Council",
  "Harbor Watch",
  "the Red Lantern militia",
  "Mayor Ilse Varga",
  "General Oren Pask",
  "the Velmoran army",
  "the river guard",
];
const VERBS = [
  "attacked",
  "funded",
  "denied shelling",
  "captured",
  "closed",
  "evacuated",
  "blockaded",
  "praised",
  "condemned",
  "supplied drones to",
];
const THINGS = [
  "the fuel depot",
  "two outposts",
  "the harbour",
  "the grain convoy",
  "the border crossing",
  "the power station",
  "a field hospital",
  "the old bridge",
];
const NUMBERS = ["three", "four", "eleven", "at least 20", "about 300", "nine", "fourteen"];
const NOUNS = ["civilians", "fighters", "soldiers", "vehicles", "people"];
const EVENTS = ["were killed", "were wounded", "were seen", "died"];
const MONTHS = ["January", "March", "June", "August", "October"];

const sentence = () =>
  random() < 0.5
    ? `${pick(ACTORS)} ${pick(VERBS)} ${pick(THINGS)} near ${pick(PLACES)} in ${pick(MONTHS)} ${2019 + Math.floor(random() * 7)}`
    : `${pick(NUMBERS)} ${pick(NOUNS)} ${pick(EVENTS)} when ${pick(ACTORS)} ${pick(VERBS)} ${pick(THINGS)} in ${pick(PLACES)}`;

const claims = Array.from({ length: claimCount }, (_, i) => ({ id: `c${i}`, text: sentence() }));
let article = "";
while (article.length < kb * 1024) {
  const s = sentence();
  article += `${s[0].toUpperCase()}${s.slice(1)}, ${pick(["officials said", "a witness told the Lisec Courier", "according to Harbor Watch"])}. `;
}

let started = process.hrtime.bigint();
const index = buildClaimIndex(claims);
const indexMs = Number(process.hrtime.bigint() - started) / 1e6;

matchText(index, article); // warm-up
const times: number[] = [];
const cpu: number[] = [];
let passages = 0;
for (let r = 0; r < rounds; r++) {
  started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  passages = matchText(index, article).length;
  const used = process.cpuUsage(cpuStarted);
  cpu.push((used.user + used.system) / 1000);
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const f = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`claims ${claimCount}, article ${(article.length / 1024).toFixed(1)} KB, ${passages} passages proposed`);
console.log(`index claims once: ${f(indexMs)}`);
console.log(
  `match article: best ${f(times[0])}, median ${f(times[Math.floor(times.length / 2)])}, worst ${f(times[times.length - 1])} (target < 200 ms)`,
);
// CPU time is what the matcher itself costs; wall time also counts waiting for a shared core.
console.log(`match article, CPU time: best ${f(cpu[0])}, median ${f(cpu[Math.floor(cpu.length / 2)])}`);
