// What the matcher's workspace index costs (similar claims on every claim page and claim form, and
// matching on import), and how long it holds the event loop: a first build, then what the next call
// pays after a write that does not touch claims (an evidence note), after one claim is edited, created
// and deleted, and after an actor alias is added and removed (ADR 0032).
//   npm run bench:claim-index -- [--database-url URL]   (default file:./data/bench.db, a bench database)
// Every write is undone before the end. "longest stall" is the longest the event loop went without
// running a 1 ms timer during the step: what every other request of the process waited at worst.
import { parseArgs } from "node:util";
import { loadavg } from "node:os";

const { values } = parseArgs({ options: { "database-url": { type: "string" } } });
process.env.DATABASE_URL = values["database-url"] ?? process.env.BENCH_DATABASE_URL ?? "file:./data/bench.db";
const { getDb, closeDb } = await import("@/lib/db/client");
const { currentClaimIndex } = await import("@/lib/services/claim-index");

/** JS heap plus typed arrays' buffers (the postings live there), after a full collection. */
const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1e6;
};

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  let longest = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const out = await run();
  const used = process.cpuUsage(cpu);
  const took = performance.now() - wall;
  clearInterval(probe);
  longest = Math.max(longest, performance.now() - last);
  console.log(
    `${label.padEnd(40)} ${took.toFixed(0).padStart(7)} ms wall ${((used.user + used.system) / 1000).toFixed(0).padStart(7)} ms CPU  longest stall ${longest.toFixed(0).padStart(5)} ms`,
  );
  return out;
}

const db = await getDb();
console.log(
  `load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ")} (1 / 5 / 15 min)`,
);
const heapBefore = heapMb();
const live = await timed("first build (every claim analysed)", () => currentClaimIndex());
const { index } = live;
let postings = 0;
for (const list of index.postings.values()) postings += list.size;
console.log(
  `${index.claims.length.toLocaleString("en")} claims, ${index.postings.size.toLocaleString("en")} terms, ` +
    `${postings.toLocaleString("en")} postings; index heap ${(heapMb() - heapBefore).toFixed(0)} MB, ` +
    `rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
);
const generation = () => `generation ${live.generation}`;
await timed("next call, nothing written", () => currentClaimIndex());

const evidence = await db.evidence.findFirst({ orderBy: { id: "asc" }, select: { id: true, note: true } });
if (evidence) {
  await db.evidence.update({ where: { id: evidence.id }, data: { note: `${evidence.note ?? ""} (bench)` } });
  await timed("after an evidence write", () => currentClaimIndex());
  await db.evidence.update({ where: { id: evidence.id }, data: { note: evidence.note } });
  console.log(`  ${generation()} (unchanged by evidence writes)`);
}

const one = await db.claim.findFirst({ where: { status: { not: "archived" } }, orderBy: { id: "asc" } });
if (one) {
  await db.claim.update({ where: { id: one.id }, data: { text: `${one.text} (edited)` } });
  try {
    await timed("after one claim's text changed", () => currentClaimIndex());
  } finally {
    await db.claim.update({ where: { id: one.id }, data: { text: one.text } });
  }
  await timed("after it changed back", () => currentClaimIndex());
}

const created = await db.claim.create({
  data: {
    slug: `bench-claim-index-${Date.now()}`,
    text: "Fictional: the Osk ferry council reopened the Lisec crossing after the March repairs",
    kind: "factual",
  },
});
try {
  await timed("after one claim created", () => currentClaimIndex());
  console.log(`  new claim indexed: ${live.index.slots.has(created.id)}`);
} finally {
  await db.claim.delete({ where: { id: created.id } });
}
await timed("after it was deleted", () => currentClaimIndex());

const actor = await db.actor.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
if (actor) {
  const alias = await db.actorAlias.create({ data: { actorId: actor.id, alias: "Fictional Osk Crossing Board" } });
  await timed("after an actor alias added", () => currentClaimIndex());
  await db.actorAlias.delete({ where: { id: alias.id } });
  await timed("after it was removed", () => currentClaimIndex());
}
console.log(`${generation()}; index heap now ${(heapMb() - heapBefore).toFixed(0)} MB`);
await closeDb();
