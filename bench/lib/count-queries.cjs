// Preloaded into the benchmark's server (NODE_OPTIONS=--require, bench/lib/server.ts): counts every
// statement the app hands to the database drivers, whoever sends it (Prisma's adapters, the search
// readers, BEGIN/COMMIT included), by wrapping better-sqlite3's statement methods and pg's
// Client#query. Each process and worker thread (the search readers, ADR 0025) writes its running total
// to CLAIMDESK_QUERY_COUNT_DIR/<pid>-<thread>.json every 100 ms when it changed; the benchmark sums the files before and after a run. Benchmark use only.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const dir = process.env.CLAIMDESK_QUERY_COUNT_DIR;
// CLAIMDESK_QUERY_LOG=<file> also appends each statement's SQL there (to see what a view sends).
const log = process.env.CLAIMDESK_QUERY_LOG;
if (dir) {
  let count = 0;
  const counted = (fn) =>
    function (...args) {
      count++;
      if (log) {
        const sql =
          typeof this?.source === "string" ? this.source : typeof args[0] === "string" ? args[0] : args[0]?.text;
        fs.appendFileSync(log, `${String(sql).replace(/\s+/g, " ").slice(0, 300)}\n`);
      }
      return fn.apply(this, args);
    };
  // Prisma's SQLite adapter may bring its own copy of better-sqlite3: wrap every copy the app can load.
  const copies = new Set();
  for (const from of ["", "node_modules/@prisma/adapter-better-sqlite3"]) {
    try {
      copies.add(require.resolve("better-sqlite3", { paths: [path.join(process.cwd(), from)] }));
    } catch {
      // not installed
    }
  }
  for (const entry of copies) {
    const Database = require(entry);
    const probe = new Database(":memory:");
    const statement = Object.getPrototypeOf(probe.prepare("SELECT 1"));
    probe.close();
    for (const method of ["run", "get", "all", "iterate"]) statement[method] = counted(statement[method]);
    Database.prototype.exec = counted(Database.prototype.exec);
  }
  try {
    const pg = require(require.resolve("pg", { paths: [process.cwd()] }));
    pg.Client.prototype.query = counted(pg.Client.prototype.query);
  } catch {
    // pg not installed
  }
  let written = -1;
  const file = path.join(dir, `${process.pid}-${require("node:worker_threads").threadId}.json`);
  setInterval(() => {
    if (count === written) return;
    written = count;
    fs.writeFileSync(`${file}.tmp`, JSON.stringify({ pid: process.pid, statements: count }));
    fs.renameSync(`${file}.tmp`, file); // readers never see a half-written file
  }, 100).unref();
}
