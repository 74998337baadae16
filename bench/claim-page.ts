// Where a staff claim page's time goes: calls each read the page makes (the claim itself, each panel of
// app/claims/[id]/_data.ts, the source picker and the header's unread count) one after another in this
// process and prints, per read, the median time over a few calls and the statements it sent.
//   npx tsx --conditions=react-server bench/claim-page.ts [--database-url URL] [--claim ID] [--runs 5]
// Statements are counted by bench/lib/count-queries.cjs (the load benchmark's counter), preloaded by
// running this script again in a child process with a statement log. Timings are single-process and
// sequential: compare runs on the same machine, not machines.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string" },
    claim: { type: "string" },
    runs: { type: "string", default: "5" },
  },
});
process.env.DATABASE_URL = values["database-url"] ?? process.env.BENCH_DATABASE_URL ?? "file:./data/bench.db";
if (!process.env.CLAIMDESK_QUERY_LOG) {
  const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-claim-page-"));
  const counter = path.join(import.meta.dirname, "lib/count-queries.cjs");
  const { status } = spawnSync(process.execPath, process.execArgv.concat(process.argv.slice(1)), {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${counter}`.trim(),
      CLAIMDESK_QUERY_COUNT_DIR: dir,
      CLAIMDESK_QUERY_LOG: path.join(dir, "statements.log"),
    },
  });
  process.exit(status ?? 1);
}
const log = process.env.CLAIMDESK_QUERY_LOG;
const statementsSoFar = () => (existsSync(log) ? readFileSync(log, "utf8").split("\n").length - 1 : 0);

const { getDb, closeDb } = await import("../lib/db/client.ts");
const db = await getDb();
const user = await db.user.findFirst({ where: { role: "analyst" } });
const claim = values.claim
  ? await db.claim.findUnique({ where: { id: values.claim } })
  : await db.claim.findFirst({ where: { evidence: { some: {} } }, orderBy: { createdAt: "desc" } });
if (!user || !claim) {
  console.error("The benchmark database has no analyst or no claim with evidence: run `npm run bench:seed` first.");
  process.exit(2);
}
const principal = { userId: user.id, email: user.email, name: user.name, role: user.role as "analyst" };

const { getClaimPage } = await import("../lib/services/claim-page.ts");
const { getClaimPageView } = await import("../lib/services/claim-page-view.ts");
const { claimTimeline } = await import("../lib/services/activity.ts");
const { getAssignment, teamMembers } = await import("../lib/services/assignments.ts");
const { listExternalReviews } = await import("../lib/services/claimreview-import.ts");
const { listPossibleEvidence } = await import("../lib/services/claim-matches.ts");
const { claimNumbersOf } = await import("../lib/services/claim-numbers.ts");
const { claimPageThreads } = await import("../lib/services/comments.ts");
const { similarToClaim } = await import("../lib/services/similar-claims.ts");
const { listSourceChoices } = await import("../lib/services/sources.ts");
const { unreadCount } = await import("../lib/services/notifications.ts");
const { assertClaimExists } = await import("../lib/services/claim-reader.ts");

const page = await getClaimPage(principal, claim.id);
const relatedIds = page.relations.map((r) => r.claim.id);
const reads: Array<[string, () => Promise<unknown>]> = [
  ["header: unread count", () => unreadCount(principal)],
  // The layout's check shares the reader-state statement with the panels in a request (ADR 0035); here,
  // outside a request, each call sends its own.
  ["layout: claim exists", () => assertClaimExists(principal, claim.id)],
  // What the page calls: the shared part below (getClaimPage to external reviews) kept per claim (ADR 0030).
  ["getClaimPageView (kept)", () => getClaimPageView(principal, claim.id)],
  ["getClaimPage", () => getClaimPage(principal, claim.id)],
  ["source choices (on open)", () => listSourceChoices(principal)],
  [
    "claimNumbersOf",
    () => claimNumbersOf(principal, { text: page.claim.text, evidence: page.evidence, appearances: page.appearances }),
  ],
  ["listPossibleEvidence", () => listPossibleEvidence(principal, claim.id)],
  ["similarToClaim", () => similarToClaim(principal, claim, relatedIds)],
  ["getAssignment", () => getAssignment(principal, claim.id)],
  ["teamMembers", () => teamMembers(principal)],
  ["claimTimeline", () => claimTimeline(principal, claim.id)],
  ["claimPageThreads", () => claimPageThreads(principal, claim.id, page.evidence)],
  ["listExternalReviews", () => listExternalReviews(principal, claim.id)],
];

const runs = Number(values.runs);
console.log(`${process.env.DATABASE_URL.split(":")[0]}, claim ${claim.id}, median of ${runs} calls after a first one`);
console.log("read                        median ms  first ms  statements/call");
// Computed inside getClaimPageView, not called by the page itself: left out of "a view".
// The appearance picker's sources are fetched when a writer opens it (ADR 0035): not part of a view either.
const shared = new Set([
  "source choices (on open)",
  "getClaimPage",
  "claimNumbersOf",
  "listPossibleEvidence",
  "similarToClaim",
  "listExternalReviews",
]);
let totalMs = 0;
let totalStatements = 0;
let pageMs = 0;
let pageStatements = 0;
for (const [name, read] of reads) {
  const t0 = performance.now();
  await read();
  const first = performance.now() - t0;
  const times: number[] = [];
  const before = statementsSoFar();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await read();
    times.push(performance.now() - t);
  }
  const statements = (statementsSoFar() - before) / runs;
  const median = times.sort((a, b) => a - b)[Math.floor(runs / 2)];
  totalMs += median;
  totalStatements += statements;
  if (!shared.has(name)) {
    pageMs += median;
    pageStatements += statements;
  }
  console.log(
    `${name.padEnd(26)} ${median.toFixed(1).padStart(10)} ${first.toFixed(1).padStart(9)} ${statements.toFixed(1).padStart(16)}`,
  );
}
console.log(
  `${"sum".padEnd(26)} ${totalMs.toFixed(1).padStart(10)} ${"".padStart(9)} ${totalStatements.toFixed(1).padStart(16)}`,
);
console.log(
  `${"a view (kept part shared)".padEnd(26)} ${pageMs.toFixed(1).padStart(10)} ${"".padStart(9)} ${pageStatements.toFixed(1).padStart(16)}`,
);
await closeDb();
