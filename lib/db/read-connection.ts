// The process's read-only raw connection beside Prisma's client, for the few small reads on every
// request's path (the sign-in lookup, version counters). Through Prisma each such read costs ~0.5 ms of
// CPU (query compilation, the adapter, an unprepared statement); here a SQLite statement is prepared once
// and a PostgreSQL one skips the ORM (ADR 0036). Writes always go through Prisma.
import "server-only";
import { getDb } from "@/lib/db/client";
import { databaseTarget } from "@/lib/db/target";
import { postgresReader } from "@/lib/search/postgres-reader";
import { sqliteReader } from "@/lib/search/sqlite-reader";
import { Params, type Dialect } from "@/lib/search/sql";
import type { RawQueryable } from "@/lib/search/types";

export type ReadConnection = {
  provider: Dialect;
  reader: RawQueryable;
  /** A read written as a tagged template: values are bound parameters (dates as the database stores them). */
  sql<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]>;
};

function taggedReader(provider: Dialect, reader: RawQueryable): ReadConnection["sql"] {
  return <T>(strings: TemplateStringsArray, ...values: unknown[]) => {
    const p = new Params(provider);
    const text = strings.reduce((sql, part, i) => {
      const value = values[i - 1];
      return sql + (value instanceof Date ? p.date(value) : p.add(value)) + part;
    });
    const bound = p.finish(text);
    return reader.$queryRawUnsafe<T[]>(bound.sql, ...bound.values);
  };
}

/** getDb() first, so the database is set up (and migrated) exactly as for every other request. */
export async function readConnection(): Promise<ReadConnection> {
  const target = databaseTarget(process.env);
  await getDb();
  const reader = target.provider === "postgresql" ? postgresReader(target.url) : sqliteReader(target.file);
  return { provider: target.provider, reader, sql: taggedReader(target.provider, reader) };
}
