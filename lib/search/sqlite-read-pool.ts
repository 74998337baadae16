// Search reads on SQLite through a pool of worker threads, each with its own read-only better-sqlite3
// connection (ADR 0025). better-sqlite3 runs a statement synchronously on the thread that calls it, so
// with one reader on the event loop ten concurrent broad searches queue behind each other and hold up
// every other request of the process while they run. In workers they run in parallel (WAL lets many
// readers and one writer work at once) and the event loop only posts messages and merges results.
//
// The worker's code is a string evaluated by Node (`eval: true`), not a file: a bundler (Turbopack in
// `next build`, Vite in tests) rewrites `require` and file URLs in modules it bundles, and this code
// must load the native module from node_modules as it is, the same way in the app, the CLI and tests.
import "server-only";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { RawQueryable } from "./types";

/** Readers in the pool: CLAIMDESK_SEARCH_READERS, else one per core up to 4 (0 reads on the event loop). */
export function searchReaderCount(env: Record<string, string | undefined> = process.env): number {
  const configured = env.CLAIMDESK_SEARCH_READERS;
  if (configured !== undefined && configured.trim() !== "") {
    const n = Number(configured);
    if (!Number.isInteger(n) || n < 0 || n > 64)
      throw new Error(`CLAIMDESK_SEARCH_READERS must be a whole number from 0 to 64 (got "${configured}").`);
    return n;
  }
  return Math.min(4, Math.max(1, availableParallelism()));
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(require.resolve("better-sqlite3", { paths: [workerData.cwd] }));
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 5000");
db.pragma("query_only = ON");
const statements = new Map();
parentPort.on("message", ({ id, sql, values }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= 256) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(...values) });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

type Pending = { resolve: (rows: unknown) => void; reject: (error: Error) => void };
type Reader = { worker: Worker; pending: Map<number, Pending> };

class SqliteReadPool {
  private readonly readers: (Reader | null)[];
  private nextId = 0;

  constructor(
    readonly file: string,
    size: number,
  ) {
    this.readers = Array.from({ length: size }, () => null);
  }

  private start(slot: number): Reader {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.file, cwd: process.cwd() } });
    const reader: Reader = { worker, pending: new Map() };
    worker.unref(); // an idle pool never keeps a process (the CLI, a test run) alive
    worker.on(
      "message",
      ({ id, rows, error }: { id: number; rows?: unknown; error?: { message: string; code?: string } }) => {
        const request = reader.pending.get(id);
        if (!request) return;
        reader.pending.delete(id);
        if (!reader.pending.size) worker.unref();
        if (error) request.reject(Object.assign(new Error(error.message), { code: error.code }));
        else request.resolve(rows);
      },
    );
    const fail = (error: Error) => {
      if (this.readers[slot] === reader) this.readers[slot] = null; // the next request starts a new one
      for (const request of reader.pending.values()) request.reject(error);
      reader.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`A search reader stopped (exit code ${code}).`)));
    return reader;
  }

  /** An idle reader, else a new one while the pool has room, else the one with the fewest statements in flight. */
  private pick(): Reader {
    let best: Reader | null = null;
    for (const reader of this.readers) {
      if (reader && !reader.pending.size) return reader;
      if (reader && (!best || reader.pending.size < best.pending.size)) best = reader;
    }
    const free = this.readers.indexOf(null);
    if (free !== -1) return (this.readers[free] = this.start(free));
    return best!;
  }

  query<T>(sql: string, values: unknown[]): Promise<T> {
    const reader = this.pick();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      reader.pending.set(id, { resolve: resolve as (rows: unknown) => void, reject });
      reader.worker.ref(); // an answer is awaited: keep the process alive until it comes
      reader.worker.postMessage({ id, sql, values });
    });
  }

  async close() {
    await Promise.all(this.readers.map((r) => r?.worker.terminate()));
    this.readers.fill(null);
  }
}

const holder = globalThis as unknown as { claimdeskSqliteReadPool?: SqliteReadPool };

/** The process-wide pool for `file` (replaced when the database file changes, as between test files). */
export function sqliteReadPool(file: string, size: number): RawQueryable {
  let pool = holder.claimdeskSqliteReadPool;
  if (!pool || pool.file !== file) {
    void pool?.close();
    pool = holder.claimdeskSqliteReadPool = new SqliteReadPool(file, size);
  }
  const current = pool;
  return { $queryRawUnsafe: <T>(sql: string, ...values: unknown[]) => current.query<T>(sql, values) };
}

export async function closeSqliteReadPool() {
  const pool = holder.claimdeskSqliteReadPool;
  holder.claimdeskSqliteReadPool = undefined;
  await pool?.close();
}
