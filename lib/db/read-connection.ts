// The process's read-only raw connection beside Prisma's client, for the few small reads on every
// request's path (the sign-in lookup, version counters). Through Prisma each such read costs ~0.5 ms of
// CPU (query compilation, the adapter, an unprepared statement); here a SQLite statement is prepared once
// and a PostgreSQL one skips the ORM (ADR 0036). Writes always go through Prisma.
import "server-only";
import { getDb } from "@/lib/db/client";
import { databaseTarget } from "@/lib/db/target";
import { postgresReader } from "@/lib/search/postgres-reader";
import { sqliteReader } from "@/lib/search/sqlite-reader";
import type { Dialect } from "@/lib/search/sql";
import type { RawQueryable } from "@/lib/search/types";

export type ReadConnection = { provider: Dialect; reader: RawQueryable };

/** getDb() first, so the database is set up (and migrated) exactly as for every other request. */
export async function readConnection(): Promise<ReadConnection> {
  const target = databaseTarget(process.env);
  await getDb();
  return target.provider === "postgresql"
    ? { provider: "postgresql", reader: postgresReader(target.url) }
    : { provider: "sqlite", reader: sqliteReader(target.file) };
}
