// `npm test`: format check, lint (ADR 0018), type check, unit and data-layer tests on SQLite, the
// data-layer tests again on PostgreSQL, then the browser tests in Chromium against a production build.
// Prints one closing line "N passed, N failed" over everything.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules/.bin", name);
const results = join(root, "test-results");
mkdirSync(results, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
delete env.DATABASE_URL;
// The PostgreSQL server is handed to the PostgreSQL step only: with it in the environment the "SQLite"
// step would run its data-layer tests on PostgreSQL too, and SQLite would go untested.
delete env.TEST_DATABASE_URL;
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const notes = [];

function step(name, cmd, args, extraEnv = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" });
  console.log(
    `--- ${name}: ${res.status === 0 ? "ok" : `FAILED (exit ${res.status ?? res.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (res.status !== 0) failures.push(name);
  return res.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const s = JSON.parse(readFileSync(file, "utf8")).stats;
  totals.passed += s.expected + s.flaky;
  totals.failed += s.unexpected;
  totals.skipped += s.skipped;
}

async function postgresUrl() {
  const url = process.env.TEST_DATABASE_URL || "postgresql://claimdesk:claimdesk@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch (e) {
    return { error: e.message, url };
  }
}

const only = process.argv.slice(2);
const wants = (part) => only.length === 0 || only.includes(part);

if (wants("format")) step("format check (Prettier)", bin("prettier"), ["--check", "."]);

if (wants("lint")) step("lint (ESLint)", bin("eslint"), ["."]);

if (wants("types")) step("type check", bin("tsc"), ["--noEmit"]);

if (wants("unit")) {
  rmSync(join(results, "vitest-sqlite.json"), { force: true });
  step("unit and data-layer tests (SQLite)", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${join(results, "vitest-sqlite.json")}`,
  ]);
  countVitest(join(results, "vitest-sqlite.json"));
}

if (wants("postgres")) {
  const url = await postgresUrl();
  if (typeof url === "string") {
    rmSync(join(results, "vitest-postgres.json"), { force: true });
    step(
      "data-layer tests (PostgreSQL)",
      bin("vitest"),
      [
        "run",
        "db.test",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${join(results, "vitest-postgres.json")}`,
      ],
      { TEST_DATABASE_URL: url },
    );
    countVitest(join(results, "vitest-postgres.json"));
  } else if (process.env.CI) {
    console.error(`PostgreSQL is required in CI but ${url.url} is unreachable: ${url.error}`);
    failures.push("data-layer tests (PostgreSQL): server unreachable");
  } else {
    notes.push(
      `PostgreSQL data-layer suite SKIPPED: ${url.url} unreachable (${url.error}). Start PostgreSQL or set TEST_DATABASE_URL; see README.`,
    );
  }
}

if (wants("e2e")) {
  if (step("production build", bin("next"), ["build"])) {
    rmSync(join(results, "playwright.json"), { force: true });
    step("browser tests (Chromium)", bin("playwright"), ["test", "--reporter=list,json"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, "playwright.json"),
    });
    countPlaywright(join(results, "playwright.json"));
  }
}

console.log("");
for (const note of notes) console.log(`NOTE: ${note}`);
if (failures.length) console.log(`Failed steps: ${failures.join("; ")}`);
if (failures.length && totals.failed === 0) totals.failed = failures.length;
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(failures.length ? 1 : 0);
