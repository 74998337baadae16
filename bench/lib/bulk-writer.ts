// Fast multi-row inserts straight through the database driver (Prisma row by row would take an
// hour for a million rows). Used only by the benchmark data generator.
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "../../lib/db/target.ts";
import { SEARCH_OPTIMIZE_SQL } from "../../lib/search/schema-objects.ts";

export type Row = Record<string, string | number | boolean | Date | null>;

export interface BulkWriter {
  insert(table: string, rows: Row[]): Promise<void>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

const sqliteValue = (v: Row[string]) =>
  v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v;

function sqliteWriter(file: string): BulkWriter {
  const db = new Database(file, { timeout: 10_000 });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const statements = new Map<string, Database.Statement>();
  return {
    async insert(table, rows) {
      if (!rows.length) return;
      const columns = Object.keys(rows[0]);
      const key = `${table}:${columns.join(",")}`;
      let stmt = statements.get(key);
      if (!stmt) {
        stmt = db.prepare(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
        );
        statements.set(key, stmt);
      }
      const s = stmt;
      db.transaction(() => {
        for (const row of rows) s.run(columns.map((c) => sqliteValue(row[c])));
      })();
    },
    async count(table) {
      return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    },
    async close() {
      // One index segment per search table, as after `npm run cli -- optimize-search`: the figures
      // then describe a compacted desk rather than however the bulk load happened to leave FTS5.
      for (const sql of SEARCH_OPTIMIZE_SQL.sqlite) db.exec(sql);
      db.pragma("synchronous = NORMAL");
      db.close();
    },
  };
}

async function postgresWriter(url: string): Promise<BulkWriter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async insert(table, rows) {
      if (!rows.length) return;
      const columns = Object.keys(rows[0]);
      const perBatch = Math.floor(60_000 / columns.length);
      await client.query("BEGIN");
      for (let i = 0; i < rows.length; i += perBatch) {
        const batch = rows.slice(i, i + perBatch);
        const values: unknown[] = [];
        const tuples = batch.map((row) => `(${columns.map((c) => `$${values.push(row[c])}`).join(", ")})`);
        await client.query(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`,
          values,
        );
      }
      await client.query("COMMIT");
    },
    async count(table) {
      return Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    },
    async close() {
      for (const sql of SEARCH_OPTIMIZE_SQL.postgresql) await client.query(sql);
      await client.query("ANALYZE");
      await client.end();
    },
  };
}

export async function bulkWriter(target: DatabaseTarget): Promise<BulkWriter> {
  return target.provider === "sqlite" ? sqliteWriter(target.file) : postgresWriter(target.url);
}
