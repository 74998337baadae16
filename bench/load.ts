// Load runs with autocannon against `next start` on the benchmark database(s):
//   npm run build && npm run bench:load -- [--database-url URL ...] [--duration 10] [--connections 10]
// Give --database-url twice (a file: and a postgresql:// URL) to measure both databases in one run.
// Scenarios: (0) a static page of the same app (the ceiling), (1) a published card page, (1e) its embed,
// (1l) the card list, (2) the search
// API with a broad query, (2f) the cheapest signed-in API call (GET /api/v1/me: the sign-in check and
// nothing else), (3) a staff claim page, (3f) a small staff page (notification settings); the two floors
// show what Next and the sign-in cost before any work of the page's own. Then, on a second server with the search cache off,
// (2u) the same broad query computed every time and (2r) a rare term. Prints req/s, p50/p97.5/p99
// latency, the ratio to (0), and the database statements per view (counted in the server process over
// 5 sequential views after a first one, bench/lib/count-queries.cjs: every statement sent to the driver,
// BEGIN/COMMIT included; search statements run in worker threads, ADR 0025, and are counted there too).
// --reader also runs bench/reader.ts (a 2 MB source's reader in Chromium: bytes and time to interactive)
// on a fresh SQLite database afterwards, so one run prints every figure of the README's table.
// --only search runs just (0) and the search scenarios (2, 2f, 2u, 2r); --help lists the options.
// Loopback only. Absolute figures depend on the machine: compare runs made under the same conditions.
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { databaseTarget, type DatabaseTarget } from "../lib/db/target.ts";
import { processTreeCpuMs } from "./lib/process-cpu.ts";
import { startServer, type BenchServer } from "./lib/server.ts";
import { SESSION_COOKIE } from "../lib/auth/session-cookie.ts";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string", multiple: true },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3400" },
    query: { type: "string", default: "rocket attacks" },
    reader: { type: "boolean", default: false },
    timeout: { type: "string", default: "10" },
    // Only the scenarios whose label or name contains this text, e.g. --only "(3)" or --only claim.
    only: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(`npm run bench:load -- [options]   (after npm run build)
  --database-url URL   file:… or postgresql://…; give it twice to measure both (default file:./data/bench.db)
  --duration S         seconds per scenario (default 10)
  --connections N      concurrent connections (default 10)
  --port P             server port; the cache-off server uses P+1, the reader bench P+2 (default 3400)
  --query Q            the broad search query (default "rocket attacks")
  --only TEXT          only the scenarios whose name contains TEXT, e.g. search or claim (the static page always runs)
  --timeout S          autocannon's per-request timeout (default 10)
  --reader             also run bench/reader.ts afterwards`);
  process.exit(0);
}
const wanted = (name: string) => !values.only || name.startsWith("(0)") || name.includes(values.only);
const urls = values["database-url"] ?? [process.env.BENCH_DATABASE_URL ?? "file:./data/bench.db"];
const duration = Number(values.duration);
const connections = Number(values.connections);
const port = Number(values.port);
const SEQUENTIAL_VIEWS = 5;

type Scenario = { name: string; path: string; headers: Record<string, string> };
type Result = {
  name: string;
  rps: number;
  p50: number;
  p975: number;
  p99: number;
  non2xx: number;
  /** Requests that got no answer within autocannon's timeout (--timeout s); their latency is not in the percentiles. */
  timeouts: number;
  statementsPerView: number;
  /** One view alone, median of the sequential views (ms), and the size of its body (bytes). */
  singleViewMs: number;
  bytes: number;
  /** Server CPU (user + system, all its processes and threads) per request served under load, ms. */
  cpuMsPerView: number | null;
};

async function measure(server: BenchServer, s: Scenario): Promise<Result> {
  const probe = await fetch(server.url + s.path, { headers: s.headers });
  if (probe.status !== 200) throw new Error(`${s.name}: ${s.path} answered ${probe.status}`);
  await probe.arrayBuffer();
  // Statements per view from a few sequential views after that first one (warm caches), before the load:
  // under load, requests still running when autocannon stops would count statements without a view.
  const before = await server.statements();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < SEQUENTIAL_VIEWS; i++) {
    const t0 = performance.now();
    bytes = (await (await fetch(server.url + s.path, { headers: s.headers })).arrayBuffer()).byteLength;
    times.push(performance.now() - t0);
  }
  const after = await server.statements();
  const timeout = Number(values.timeout);
  await autocannon({ url: server.url + s.path, headers: s.headers, connections, duration: 2, timeout }); // warm-up
  const cpuBefore = processTreeCpuMs(server.process.pid!);
  const r = await autocannon({ url: server.url + s.path, headers: s.headers, connections, duration, timeout });
  const cpuAfter = processTreeCpuMs(server.process.pid!);
  return {
    name: s.name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p975: r.latency.p97_5,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
    statementsPerView: (after - before) / SEQUENTIAL_VIEWS,
    singleViewMs: times.sort((a, b) => a - b)[Math.floor(SEQUENTIAL_VIEWS / 2)],
    bytes,
    cpuMsPerView:
      cpuBefore !== null && cpuAfter !== null && r.requests.total ? (cpuAfter - cpuBefore) / r.requests.total : null,
  };
}

async function run(target: DatabaseTarget) {
  process.env.DATABASE_URL = target.url;
  const { getDb, closeDb } = await import("../lib/db/client.ts");
  const { createApiToken, createSession } = await import("../lib/auth/sessions.ts");
  const db = await getDb();
  const analyst = await db.user.findFirst({ where: { role: "analyst" } });
  const card = await db.cardVersion.findFirst({ orderBy: { publishedAt: "desc" } });
  const claim = await db.claim.findFirst({
    where: { evidence: { some: {} } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (!analyst || !card || !claim) {
    console.error(`${target.url}: the benchmark database has no data: run \`npm run bench:seed\` first.`);
    process.exit(2);
  }
  const token = await createApiToken(analyst.id, "bench");
  const { token: session } = await createSession(analyst.id);
  const counts = { claims: await db.claim.count(), evidence: await db.evidence.count() };
  // A rare term: one claim's case number (the generated texts end "(case N)").
  const rare = /\(case (\d+)\)/.exec(claim.text)?.[1] ?? claim.id;
  await closeDb();

  const api = { authorization: `Bearer ${token}` };
  const searchPath = (q: string) => `/api/v1/search?q=${encodeURIComponent(q)}&limit=10`;
  const results: Result[] = [];
  const server = await startServer(target.url, port);
  try {
    for (const s of <Scenario[]>[
      { name: "(0) static page", path: "/health", headers: {} },
      { name: "(1) card page", path: `/cards/${card.slug}`, headers: {} },
      { name: "(1e) card embed", path: `/embed/${card.slug}`, headers: {} },
      { name: "(1l) card list", path: "/cards", headers: {} },
      { name: "(2) search, broad", path: searchPath(values.query!), headers: api },
      // Floors: what Next and the sign-in check cost on their own, so the rows above read against them.
      { name: "(2f) search floor: GET /me", path: "/api/v1/me", headers: api },
      {
        name: "(3) staff claim page",
        path: `/claims/${claim.id}`,
        headers: { cookie: `${SESSION_COOKIE}=${session}` },
      },
      {
        name: "(3f) staff page floor: settings",
        path: "/inbox/settings",
        headers: { cookie: `${SESSION_COOKIE}=${session}` },
      },
    ].filter((s) => wanted(s.name))) results.push(await measure(server, s));
  } finally {
    server.stop();
  }
  // The same app with the search cache off: what a query costs when it has not been asked before.
  const uncachedScenarios = <Scenario[]>[
    { name: "(2u) search, broad, no cache", path: searchPath(values.query!), headers: api },
    { name: "(2r) search, rare, no cache", path: searchPath(rare), headers: api },
  ].filter((s) => wanted(s.name));
  if (uncachedScenarios.length) {
    const uncached = await startServer(target.url, port + 1, { CLAIMDESK_SEARCH_CACHE: "off" });
    try {
      for (const s of uncachedScenarios) results.push(await measure(uncached, s));
    } finally {
      uncached.stop();
    }
  }

  const ceiling = results[0].rps;
  console.log(
    `\n${target.provider}, ${counts.claims.toLocaleString("en")} claims, ${counts.evidence.toLocaleString("en")} evidence rows, ${connections} connections, ${duration} s each; broad query "${values.query}", rare "${rare}"; load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(" / ")} (1 / 5 / 15 min)`,
  );
  console.log(
    "scenario                        req/s    p50 ms  p97.5 ms   p99 ms   vs (0)  non-2xx  timeouts  queries/view  one view ms  body KB  CPU ms/view",
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(30)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p975).padStart(9)} ${String(r.p99).padStart(8)} ${((r.rps / ceiling) * 100).toFixed(0).padStart(7)}% ${String(r.non2xx).padStart(8)} ${String(r.timeouts).padStart(9)} ${r.statementsPerView.toFixed(1).padStart(13)} ${r.singleViewMs.toFixed(1).padStart(12)} ${(r.bytes / 1024).toFixed(1).padStart(8)} ${(r.cpuMsPerView?.toFixed(1) ?? "–").padStart(12)}`,
    );
  }
}

/** The reader's figures (bench/reader.ts), in a process of its own: it loads its own database and browser. */
function runReaderBench() {
  const tsx = new URL("../node_modules/.bin/tsx", import.meta.url).pathname;
  const reader = new URL("./reader.ts", import.meta.url).pathname;
  const { status } = spawnSync(tsx, ["--conditions=react-server", reader, "--port", String(port + 2)], {
    stdio: "inherit",
  });
  if (status !== 0) console.error(`bench/reader.ts ended with status ${status}.`);
}

for (const url of urls) await run(databaseTarget({ DATABASE_URL: url }));
if (values.reader) runReaderBench();
