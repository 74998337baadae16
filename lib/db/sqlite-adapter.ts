// Wraps Prisma's better-sqlite3 adapter so SQLite write transactions behave under pressure
// (docs/decisions/0012):
// - every transaction starts with BEGIN IMMEDIATE, so it takes the write lock up front and waits for
//   another process's writer (polling without blocking the event loop) instead of failing at its first
//   write after a read;
// - COMMIT and ROLLBACK are run here, and the in-process transaction lock is released whatever happens
//   (the stock adapter keeps it forever when COMMIT or ROLLBACK itself fails, e.g. after SQLITE_FULL);
// - "busy" and "disk full" become ServiceUnavailableError (503 with Retry-After) instead of a 500.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";
import { databaseUnavailable } from "./errors";

const POLL_MS = 25;

function rethrowUnavailable(error: unknown): never {
  throw databaseUnavailable(error) ?? error;
}

/** One transaction at a time on the connection; waiters queue in order. */
function createLock() {
  let tail = Promise.resolve();
  return async (): Promise<() => void> => {
    let release!: () => void;
    const previous = tail;
    tail = new Promise((resolve) => (release = resolve));
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
}

async function beginImmediate(client: BetterSqlite3.Database, busyTimeoutMs: number) {
  const deadline = Date.now() + busyTimeoutMs;
  // Polled with a zero busy timeout so a long wait never freezes the whole server.
  client.pragma("busy_timeout = 0");
  try {
    for (;;) {
      try {
        client.exec("BEGIN IMMEDIATE");
        return;
      } catch (error) {
        const busy = (error as { code?: string }).code?.startsWith("SQLITE_BUSY");
        if (!busy) rethrowUnavailable(error);
        if (Date.now() >= deadline) throw databaseUnavailable(error)!;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    }
  } finally {
    client.pragma(`busy_timeout = ${busyTimeoutMs}`);
  }
}

function wrapAdapter(adapter: SqlDriverAdapter, busyTimeoutMs: number): SqlDriverAdapter {
  const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
  const acquire = createLock();
  const queryRaw = (query: SqlQuery) => adapter.queryRaw(query).catch(rethrowUnavailable);
  const executeRaw = (query: SqlQuery) => adapter.executeRaw(query).catch(rethrowUnavailable);

  async function startTransaction(): Promise<Transaction> {
    const release = await acquire();
    try {
      await beginImmediate(client, busyTimeoutMs);
    } catch (error) {
      release();
      throw error;
    }
    const end = (sql: "COMMIT" | "ROLLBACK") => {
      try {
        if (client.inTransaction) client.exec(sql);
      } catch (error) {
        // A failed COMMIT (disk full, I/O error) leaves the transaction open: undo it so the
        // connection is usable again, then report the failure.
        if (client.inTransaction) client.exec("ROLLBACK");
        rethrowUnavailable(error);
      } finally {
        release();
      }
    };
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: true },
      queryRaw,
      executeRaw,
      commit: async () => end("COMMIT"),
      rollback: async () => end("ROLLBACK"),
    };
  }

  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw,
    executeRaw,
    executeScript: (script) => adapter.executeScript(script).catch(rethrowUnavailable),
    startTransaction,
    dispose: () => adapter.dispose(),
    ...(adapter.getConnectionInfo ? { getConnectionInfo: () => adapter.getConnectionInfo!() } : {}),
  };
}

export function resilientSqliteAdapter(
  factory: SqlDriverAdapterFactory,
  busyTimeoutMs: number,
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrapAdapter(await factory.connect(), busyTimeoutMs),
  };
}
