// Search latency on a generated corpus, on SQLite or PostgreSQL. Prints figures; asserts nothing.
//   npx tsx --conditions=react-server bench/search.ts                       (SQLite, 100k claims, 1M evidence)
//   CLAIMS=20000 EVIDENCE=200000 npx tsx --conditions=react-server bench/search.ts
//   BENCH_PG=postgresql://claimdesk:claimdesk@127.0.0.1:5432/postgres npx tsx --conditions=react-server bench/search.ts
// The corpus is made of invented words with a Zipf-like frequency, so some words match most rows.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { migrateDeploy } from "@/lib/db/migrate";
import { databaseTarget } from "@/lib/db/target";
import { adminQuery, withDatabase } from "@/lib/testing/postgres";
import { runSearch } from "@/lib/search/engine";
import { postgresBackend } from "@/lib/search/postgres";
import { SEARCH_TYPES } from "@/lib/search/schema-objects";
import { sqliteBackend } from "@/lib/search/sqlite";
import { closePostgresReader, postgresReader } from "@/lib/search/postgres-reader";
import { sqliteReader } from "@/lib/search/sqlite-reader";
import type { SearchFilters } from "@/lib/search/types";

const CLAIMS = Number(process.env.CLAIMS ?? 100_000);
const EVIDENCE = Number(process.env.EVIDENCE ?? 1_000_000);
const ACTORS = Number(process.env.ACTORS ?? 2_000);
const SOURCES = Number(process.env.SOURCES ?? 5_000);
const STATEMENTS = Number(process.env.STATEMENTS ?? 50_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const PG_URL = process.env.BENCH_PG;
/** Keep the seeded database (SQLite: this file; PostgreSQL: this database name) and reuse it on the next run. */
const KEEP = process.env.BENCH_KEEP;

// A deterministic generator so runs are comparable.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ra",
  "ten",
  "vor",
  "sa",
  "del",
  "qu",
  "ni",
  "bra",
  "osk",
  "el",
  "mar",
  "tu",
  "zen",
  "port",
  "al",
  "dan",
  "ves",
];
const VOCAB = Array.from({ length: 6000 }, (_, i) => {
  let w = "";
  for (let n = i + 7; n > 0; n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
  return w;
});
/** Zipf-ish: word i has weight ~ 1/(i+1). */
const word = () => VOCAB[Math.min(VOCAB.length - 1, Math.floor(Math.exp(rand() * Math.log(VOCAB.length + 1)) - 1))];
const sentence = (min: number, max: number) =>
  Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, word).join(" ");
const id = (prefix: string, i: number) => `${prefix}${i.toString(36).padStart(8, "0")}`;
const iso = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();

type Row = Record<string, string | number | null>;
function* rows(): Generator<[string, Row]> {
  for (let i = 0; i < ACTORS; i++) {
    yield ["Actor", { id: id("a", i), name: `${word()} ${word()}`, kind: "person", createdAt: iso(i) }];
    yield ["ActorAlias", { id: id("al", i), actorId: id("a", i), alias: word() }];
  }
  for (let i = 0; i < SOURCES; i++) {
    yield [
      "Source",
      { id: id("s", i), title: sentence(4, 10), kind: "article", publisher: `${word()} Post`, createdAt: iso(i) },
    ];
    yield [
      "SourceRevision",
      {
        id: id("r", i),
        sourceId: id("s", i),
        number: 1,
        text: Array.from({ length: 30 }, () => sentence(8, 20)).join(". "),
        contentHash: "h",
        createdAt: iso(i),
      },
    ];
  }
  for (let i = 0; i < STATEMENTS; i++) {
    yield [
      "Statement",
      {
        id: id("st", i),
        sourceId: id("s", i % SOURCES),
        revisionId: id("r", i % SOURCES),
        speakerId: id("a", i % ACTORS),
        kind: "direct",
        exact: sentence(6, 20),
        start: 0,
        end: 1,
        createdAt: iso(i),
      },
    ];
  }
  for (let i = 0; i < 50; i++) yield ["Tag", { id: id("t", i), name: `tag${word()}${i}` }];
  for (let i = 0; i < CLAIMS; i++) {
    yield [
      "Claim",
      {
        id: id("c", i),
        slug: id("c", i),
        text: sentence(6, 16),
        kind: "factual",
        status: ["draft", "in_review", "published"][i % 3],
        claimantId: id("a", i % ACTORS),
        summary: i % 4 ? null : sentence(10, 30),
        version: 1,
        createdAt: iso(i),
        updatedAt: iso(i),
      },
    ];
    yield ["ClaimTag", { claimId: id("c", i), tagId: id("t", i % 50) }];
  }
  for (let i = 0; i < EVIDENCE; i++) {
    const s = i % SOURCES;
    yield [
      "Evidence",
      {
        id: id("e", i),
        claimId: id("c", i % CLAIMS),
        sourceId: id("s", s),
        revisionId: id("r", s),
        stance: "supports",
        note: i % 3 ? null : sentence(2, 8),
        exact: sentence(8, 30),
        start: 0,
        end: 1,
        createdAt: iso(i),
      },
    ];
  }
}

async function seedSqlite(file: string) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const statements = new Map<string, Database.Statement>();
  const insert = db.transaction((batch: [string, Row][]) => {
    for (const [table, row] of batch) {
      const cols = Object.keys(row);
      const key = `${table}:${cols.join(",")}`;
      if (!statements.has(key))
        statements.set(
          key,
          db.prepare(
            `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
          ),
        );
      statements
        .get(key)!
        .run(
          ...cols.map((c) =>
            typeof row[c] === "string" && c.endsWith("At") ? String(row[c]).replace("Z", "+00:00") : row[c],
          ),
        );
    }
  });
  let batch: [string, Row][] = [];
  for (const r of rows()) {
    batch.push(r);
    if (batch.length === 5000) {
      insert(batch);
      batch = [];
    }
  }
  insert(batch);
  db.exec(`INSERT INTO "search_evidence"("search_evidence") VALUES ('optimize')`);
  db.close();
}

async function seedPostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let table = "";
  let batch: Row[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const cols = Object.keys(batch[0]);
    const values: unknown[] = [];
    const tuples = batch.map((row) => `(${cols.map((c) => (values.push(row[c]), `$${values.length}`)).join(", ")})`);
    await client.query(
      `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`,
      values,
    );
    batch = [];
  };
  for (const [t, row] of rows()) {
    if (t !== table || Object.keys(row).length !== Object.keys(batch[0] ?? row).length || batch.length >= 500)
      await flush();
    table = t;
    batch.push(row);
  }
  await flush();
  await client.query("ANALYZE");
  await client.end();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const started = Date.now();
  let cleanup = async () => {};
  let reuse = false;
  if (PG_URL) {
    const name = KEEP ?? `claimdesk_bench_${randomBytes(3).toString("hex")}`;
    reuse =
      !!KEEP &&
      (await adminQuery(PG_URL, `SELECT 1 FROM pg_database WHERE datname = '${name.replace(/'/g, "")}'`)).rowCount ===
        1;
    if (!reuse) await adminQuery(PG_URL, `CREATE DATABASE "${name}"`);
    process.env.DATABASE_URL = withDatabase(PG_URL, name);
    if (!KEEP) cleanup = async () => void (await adminQuery(PG_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  } else if (KEEP) {
    process.env.DATABASE_URL = `file:${path.resolve(KEEP)}`;
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-search-bench-"));
    process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    const target = databaseTarget(process.env);
    if (target.provider === "sqlite") reuse = !!KEEP && existsSync(target.file);
    if (!reuse) {
      await migrateDeploy(process.env.DATABASE_URL);
      if (target.provider === "postgresql") await seedPostgres(target.url);
      else await seedSqlite(target.file);
    }
    console.log(
      `${target.provider}: seeded ${CLAIMS} claims, ${EVIDENCE} evidence, ${SOURCES} sources, ${STATEMENTS} statements, ${ACTORS} actors in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );

    // As lib/services/search.ts does: the search's own connections.
    const backend =
      target.provider === "postgresql"
        ? postgresBackend(postgresReader(target.url))
        : sqliteBackend(sqliteReader(target.file));
    const common = VOCAB.slice(0, 5);
    const mid = VOCAB.slice(100, 105);
    const rare = VOCAB.slice(4000, 4005);
    const queries: { label: string; q: string; filters?: SearchFilters; type?: (typeof SEARCH_TYPES)[number] }[] = [
      ...common.map((w) => ({ label: "common word", q: `${w} ` })),
      ...mid.map((w) => ({ label: "mid word", q: `${w} ` })),
      ...rare.map((w) => ({ label: "rare word", q: `${w} ` })),
      ...mid.map((w, i) => ({ label: "two words", q: `${w} ${rare[i]} ` })),
      ...mid.map((w) => ({ label: "prefix (typing)", q: w.slice(0, 3) })),
      ...mid.map((w, i) => ({ label: "phrase", q: `"${w} ${common[i]}"` })),
      ...mid.map((w) => ({ label: "claims, status", q: `${w} `, filters: { status: "published" } })),
      ...common.map((w) => ({
        label: "common, date range",
        q: `${w} `,
        filters: { from: new Date("2020-01-02"), to: new Date("2020-02-01") },
      })),
    ];
    const timings = new Map<string, number[]>();
    const all: number[] = [];
    // Warm up (every query, CONCURRENCY at a time, so pooled connections exist), then CONCURRENCY
    // workers run every query ROUNDS times.
    for (let i = 0; i < queries.length; i += CONCURRENCY) {
      await Promise.all(
        queries.slice(i, i + CONCURRENCY).map((q) =>
          runSearch(backend, {
            q: q.q,
            type: q.type,
            filters: q.filters ?? {},
            offset: 0,
            limit: 20,
            maxResults: 200,
            encodeCursor: String,
          }),
        ),
      );
    }
    const work = Array.from({ length: ROUNDS }, () => queries).flat();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < work.length) {
          const q = work[next++];
          const t0 = performance.now();
          await runSearch(backend, {
            q: q.q,
            type: q.type,
            filters: q.filters ?? {},
            offset: 0,
            limit: 20,
            maxResults: 200,
            encodeCursor: String,
          });
          const ms = performance.now() - t0;
          all.push(ms);
          if (!timings.has(q.label)) timings.set(q.label, []);
          timings.get(q.label)!.push(ms);
        }
      }),
    );
    const line = (label: string, list: number[]) => {
      const s = [...list].sort((a, b) => a - b);
      return `${label.padEnd(20)} n=${String(s.length).padStart(4)}  p50 ${percentile(s, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(s, 95).toFixed(1).padStart(6)} ms  p99 ${percentile(s, 99).toFixed(1).padStart(6)} ms`;
    };
    console.log(`concurrency ${CONCURRENCY}, one process, limit 20:`);
    for (const [label, list] of timings) console.log("  " + line(label, list));
    console.log("  " + line("ALL", all));
    await closePostgresReader();
  } finally {
    await cleanup();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
