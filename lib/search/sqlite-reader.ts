// A read-only better-sqlite3 connection for search, next to Prisma's. A search runs two or three large
// statements; through Prisma's raw-query path each one cost ~1.5 ms more than the query itself (row
// conversion), which is most of a search's time. Statements are prepared once and reused. The database
// is in WAL mode (lib/db/client.ts), so this reader never blocks writers and sees committed data.
import "server-only";
import Database from "better-sqlite3";
import type { RawQueryable } from "./types";

const MAX_STATEMENTS = 256;
type Reader = { file: string; db: Database.Database; statements: Map<string, Database.Statement> };
const holder = globalThis as unknown as { claimdeskSearchReader?: Reader };

function open(file: string): Reader {
  const db = new Database(file, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  db.pragma("query_only = ON"); // this connection never writes
  return { file, db, statements: new Map() };
}

/** The process-wide reader for `file` (reopened when the database file changes, as between test files). */
export function sqliteReader(file: string): RawQueryable {
  let reader = holder.claimdeskSearchReader;
  if (!reader || reader.file !== file) {
    reader?.db.close();
    reader = holder.claimdeskSearchReader = open(file);
  }
  const { db, statements } = reader;
  return {
    async $queryRawUnsafe<T>(sql: string, ...values: unknown[]) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      return statement.all(...values) as T;
    },
  };
}

export function closeSqliteReader() {
  holder.claimdeskSearchReader?.db.close();
  holder.claimdeskSearchReader = undefined;
}
