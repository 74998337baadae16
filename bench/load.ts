// Load runs with autocannon against `next start` on the benchmark database:
//   npm run build && npm run bench:load -- [--database-url URL] [--duration 10] [--connections 10]
// (0) a static page of the same app (the ceiling), (1) a published card page, (2) the search API,
// (3) a staff claim page. Prints req/s, p50/p97.5/p99 latency and the ratio to (0). Loopback only.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { databaseTarget } from "../lib/db/target.ts";
import { startServer } from "./lib/server.ts";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3400" },
    query: { type: "string", default: "rocket attacks" },
  },
});
const target = databaseTarget({
  DATABASE_URL: values["database-url"] ?? process.env.BENCH_DATABASE_URL ?? "file:./data/bench.db",
});
process.env.DATABASE_URL = target.url;
const { getDb, closeDb } = await import("../lib/db/client.ts");
const { createApiToken, createSession } = await import("../lib/auth/sessions.ts");

const db = await getDb();
const analyst = await db.user.findFirst({ where: { role: "analyst" } });
const card = await db.cardVersion.findFirst({ orderBy: { publishedAt: "desc" } });
const claim = await db.claim.findFirst({ where: { evidence: { some: {} } }, orderBy: { createdAt: "desc" } });
if (!analyst || !card || !claim) {
  console.error("The benchmark database has no data: run `npm run bench:seed` first.");
  process.exit(2);
}
const token = await createApiToken(analyst.id, "bench");
const { token: session } = await createSession(analyst.id);
const counts = { claims: await db.claim.count(), evidence: await db.evidence.count() };
await closeDb();

const server = await startServer(target.url, Number(values.port));
const duration = Number(values.duration);
const connections = Number(values.connections);
const scenarios: { name: string; path: string; headers: Record<string, string> }[] = [
  { name: "(0) static page", path: "/health", headers: {} },
  { name: "(1) card page", path: `/cards/${card.slug}`, headers: {} },
  {
    name: "(2) search API",
    path: `/api/v1/search?q=${encodeURIComponent(values.query!)}&limit=10`,
    headers: { authorization: `Bearer ${token}` },
  },
  { name: "(3) staff claim page", path: `/claims/${claim.id}`, headers: { cookie: `claimdesk_session=${session}` } },
];

type Result = { name: string; rps: number; p50: number; p975: number; p99: number; non2xx: number };
const results: Result[] = [];
try {
  for (const s of scenarios) {
    const probe = await fetch(server.url + s.path, { headers: s.headers });
    if (probe.status !== 200) throw new Error(`${s.name}: ${s.path} answered ${probe.status}`);
    await autocannon({ url: server.url + s.path, headers: s.headers, connections, duration: 2 }); // warm-up
    const r = await autocannon({ url: server.url + s.path, headers: s.headers, connections, duration });
    results.push({
      name: s.name,
      rps: r.requests.average,
      p50: r.latency.p50,
      p975: r.latency.p97_5,
      p99: r.latency.p99,
      non2xx: r.non2xx,
    });
  }
} finally {
  server.stop();
}
const ceiling = results[0].rps;
console.log(
  `${target.provider}, ${counts.claims.toLocaleString("en")} claims, ${counts.evidence.toLocaleString("en")} evidence rows, ${connections} connections, ${duration} s each`,
);
console.log("scenario                  req/s    p50 ms  p97.5 ms   p99 ms   vs (0)  non-2xx");
for (const r of results) {
  console.log(
    `${r.name.padEnd(24)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p975).padStart(9)} ${String(r.p99).padStart(8)} ${((r.rps / ceiling) * 100).toFixed(0).padStart(7)}% ${String(r.non2xx).padStart(8)}`,
  );
}
