// A small pg pool for search, next to Prisma's. Through Prisma's raw-query path each of a search's two
// statements cost several milliseconds more than the query itself (row conversion), most of a search.
// Connections are read-only and time out long statements, so a search can neither write nor hang.
import "server-only";
import pg from "pg";
import type { RawQueryable } from "./types";

const TIMESTAMP_OID = 1114;
type Reader = { url: string; pool: pg.Pool };
const holder = globalThis as unknown as { claimdeskSearchPool?: Reader };

function open(url: string): Reader {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    idleTimeoutMillis: 30_000,
    allowExitOnIdle: true,
    // JIT compilation (on by default) costs more than these short queries whose estimates look large.
    options: "-c default_transaction_read_only=on -c statement_timeout=5000 -c jit=off",
    // Prisma stores DateTime as UTC in `timestamp(3)` columns; node-pg would read them as local time.
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === TIMESTAMP_OID
          ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A dropped connection (server restart, a test database dropped) must not crash the process.
  pool.on("error", () => {});
  return { url, pool };
}

/** The process-wide search pool for `url` (replaced when the database changes, as between test files). */
export function postgresReader(url: string): RawQueryable {
  let reader = holder.claimdeskSearchPool;
  if (!reader || reader.url !== url) {
    void reader?.pool.end().catch(() => {});
    reader = holder.claimdeskSearchPool = open(url);
  }
  const { pool } = reader;
  return {
    async $queryRawUnsafe<T>(sql: string, ...values: unknown[]) {
      return (await pool.query(sql, values)).rows as T;
    },
  };
}

export async function closePostgresReader() {
  const reader = holder.claimdeskSearchPool;
  holder.claimdeskSearchPool = undefined;
  await reader?.pool.end();
}
