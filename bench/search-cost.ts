// What one search costs in SQL, statement by statement, on a benchmark database (npm run bench:seed):
//   npx tsx --conditions=react-server bench/search-cost.ts --database-url file:./data/bench.db [--runs 15] [query ...]
// Runs each query --runs times in this process, one at a time, through the provider's search code
// (the search cache and the HTTP stack left out), and prints the median and fastest total and the median of
// each statement. Default queries: a typed broad query, typed common words, a finished phrase, a rare number.
// Prints the load average: on a shared machine compare runs made close together.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseTarget } from "../lib/db/target.ts";
import { runSearch } from "../lib/search/engine.ts";
import { postgresBackend } from "../lib/search/postgres.ts";
import { sqliteBackend } from "../lib/search/sqlite.ts";
import type { RawQueryable } from "../lib/search/types.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "database-url": { type: "string" }, runs: { type: "string", default: "15" } },
});
const target = databaseTarget({ DATABASE_URL: values["database-url"] ?? "file:./data/bench.db" });
const runs = Number(values.runs);
const queries = positionals.length
  ? positionals
  : ["rocket attacks", "council", "officials said", "rocket attacks ", "299"];

let execute: (sql: string, params: unknown[]) => Promise<unknown[]>;
let close = async () => {};
if (target.provider === "postgresql") {
  const client = new pg.Client({ connectionString: target.url, options: "-c jit=off" });
  await client.connect();
  execute = async (sql, params) => (await client.query(sql, params)).rows;
  close = () => client.end();
} else {
  const db = new Database(target.file, { readonly: true, fileMustExist: true });
  execute = async (sql, params) => db.prepare(sql).all(...params);
}
let timings: number[] = [];
const timed: RawQueryable = {
  async $queryRawUnsafe<T>(sql: string, ...params: unknown[]) {
    const started = performance.now();
    const rows = await execute(sql, params);
    timings.push(performance.now() - started);
    return rows as T;
  },
};
const backend = target.provider === "postgresql" ? postgresBackend(timed) : sqliteBackend(timed);
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

console.log(
  `${target.provider}, ${runs} runs per query, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ")}`,
);
for (const q of queries) {
  const totals: number[] = [];
  const perStatement: number[][] = [];
  for (let i = 0; i < runs; i++) {
    timings = [];
    const started = performance.now();
    await runSearch(backend, { q, filters: {}, offset: 0, limit: 10, maxResults: 200, encodeCursor: String });
    totals.push(performance.now() - started);
    timings.forEach((ms, k) => (perStatement[k] ??= []).push(ms));
  }
  console.log(
    `${JSON.stringify(q).padEnd(18)} median ${median(totals).toFixed(2).padStart(7)} ms, fastest ${Math.min(...totals)
      .toFixed(2)
      .padStart(
        7,
      )} ms; ${perStatement.length} statements: ${perStatement.map((list) => median(list).toFixed(2)).join(" + ")} ms`,
  );
}
await close();
