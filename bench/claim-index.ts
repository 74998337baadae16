// What the matcher's workspace index costs (similar claims on every claim page and claim form, and
// matching on import): a first build, and a rebuild after one claim is edited, which is what the next
// claim page view pays after any write (the index is kept per search data version, ADR 0025).
//   npm run bench:claim-index -- [--database-url URL]   (default file:./data/bench.db, a bench database)
// It edits one claim's text and puts it back afterwards.
import { parseArgs } from "node:util";
import { loadavg } from "node:os";

const { values } = parseArgs({ options: { "database-url": { type: "string" } } });
process.env.DATABASE_URL = values["database-url"] ?? process.env.BENCH_DATABASE_URL ?? "file:./data/bench.db";
const { getDb, closeDb } = await import("@/lib/db/client");
const { workspaceClaimIndex } = await import("@/lib/services/claim-matches");

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const out = await run();
  const used = process.cpuUsage(cpu);
  console.log(
    `${label.padEnd(44)} ${(performance.now() - wall).toFixed(0).padStart(7)} ms wall ${((used.user + used.system) / 1000).toFixed(0).padStart(7)} ms CPU  rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
  return out;
}

const db = await getDb();
console.log(
  `load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ")} (1 / 5 / 15 min)`,
);
const first = await timed("first build (every claim analysed)", () => workspaceClaimIndex(db));
console.log(`${first.claims.length.toLocaleString("en")} claims, ${first.postings.size.toLocaleString("en")} terms`);
await timed("rebuild, nothing changed (claims read again)", () => workspaceClaimIndex(db));
const one = await db.claim.findFirst({ where: { status: { not: "archived" } }, orderBy: { id: "asc" } });
if (one) {
  const original = one.text;
  await db.claim.update({ where: { id: one.id }, data: { text: `${original} (edited)` } });
  try {
    await timed("rebuild after one claim's text changed", () => workspaceClaimIndex(db));
  } finally {
    await db.claim.update({ where: { id: one.id }, data: { text: original } });
  }
}
await closeDb();
