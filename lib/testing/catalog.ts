// A provider-neutral description of a database's tables, columns, indexes and foreign keys,
// so two databases built different ways can be compared for drift. Full-text search objects, which
// the search migrations add outside the Prisma model, are left out by exact name (lib/search/schema-objects.ts).
import Database from "better-sqlite3";
import pg from "pg";
import { isPgSearchColumn, isSqliteSearchTable, PG_SEARCH_INDEXES } from "../search/schema-objects";

type Catalog = Record<string, unknown>;

export function sqliteCatalog(file: string): Catalog {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables
        .filter(({ name }) => !isSqliteSearchTable(name))
        .map(({ name }) => [
          name,
          {
            columns: db.prepare(`PRAGMA table_info("${name}")`).all(),
            indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
              .map((i) => ({
                name: i.name,
                unique: i.unique,
                columns: db.prepare(`PRAGMA index_info("${i.name}")`).all(),
              }))
              .sort((a, b) => a.name.localeCompare(b.name)),
            foreignKeys: db.prepare(`PRAGMA foreign_key_list("${name}")`).all(),
          },
        ]),
    );
  } finally {
    db.close();
  }
}

export function sqliteApply(file: string, script: string) {
  const db = new Database(file);
  try {
    db.exec(script);
  } finally {
    db.close();
  }
}

export async function postgresCatalog(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: (
        await q(`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`)
      ).filter((c) => !isPgSearchColumn(c.table_name, c.column_name, c.data_type)),
      indexes: (
        await q(
          `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
        )
      ).filter((i) => !PG_SEARCH_INDEXES.includes(i.indexname)),
      // Enum types and their values in order (a column's data_type says only USER-DEFINED).
      enums:
        await q(`SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = 'public'::regnamespace ORDER BY t.typname, e.enumsortorder`),
      columnTypes: await q(`SELECT table_name, column_name, udt_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' AND data_type = 'USER-DEFINED' ORDER BY table_name, column_name`),
      constraints: await q(`SELECT conname, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%_prisma_migrations%' ORDER BY conname`),
    };
  } finally {
    await client.end();
  }
}

export async function postgresApply(url: string, script: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(script);
  } finally {
    await client.end();
  }
}
