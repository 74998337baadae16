// The SQLite search readers in worker threads: same rows as a direct read, errors with their message,
// committed writes visible, and the event loop free while a long statement runs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSqliteReadPool, searchReaderCount, sqliteReadPool } from "./sqlite-read-pool";

// Counts to n in SQL: seconds of CPU for n in the tens of millions, whatever thread runs it.
const SLOW = `WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ?) SELECT count(*) AS "n" FROM c`;

describe("the SQLite search read pool", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-read-pool-"));
  const file = path.join(dir, "pool.db");
  let writer: Database.Database;

  beforeAll(() => {
    writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.exec(`CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "text" TEXT NOT NULL)`);
    writer.prepare(`INSERT INTO "Note" ("text") VALUES (?), (?)`).run("Velmora ferry (fictional)", "Harbour board");
  });
  afterAll(async () => {
    await closeSqliteReadPool();
    writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers with the rows a direct read gives, for bound parameters", async () => {
    const pool = sqliteReadPool(file, 2);
    const sql = `SELECT "id", "text" FROM "Note" WHERE "text" LIKE ? ORDER BY "id"`;
    expect(await pool.$queryRawUnsafe(sql, "%ferry%")).toEqual(writer.prepare(sql).all("%ferry%"));
  });

  it("sees a write committed through another connection at the next read", async () => {
    const pool = sqliteReadPool(file, 2);
    writer.prepare(`INSERT INTO "Note" ("text") VALUES (?)`).run("Council minutes");
    expect(await pool.$queryRawUnsafe(`SELECT count(*) AS "n" FROM "Note"`)).toEqual([{ n: 3 }]);
  });

  it("rejects with the database's message, so syntax errors are still recognised", async () => {
    const pool = sqliteReadPool(file, 2);
    await expect(pool.$queryRawUnsafe(`SELECT * FROM "Nothing"`)).rejects.toThrow(/no such table: Nothing/);
    // The reader is still usable afterwards.
    expect(await pool.$queryRawUnsafe(`SELECT 1 AS "one"`)).toEqual([{ one: 1 }]);
  });

  it("never writes", async () => {
    const pool = sqliteReadPool(file, 1);
    await expect(pool.$queryRawUnsafe(`DELETE FROM "Note" RETURNING "id"`)).rejects.toThrow(
      /readonly|read-only|query_only/i,
    );
    expect(writer.prepare(`SELECT count(*) AS "n" FROM "Note"`).get()).toEqual({ n: 3 });
  });

  it("keeps the event loop free while a long statement runs, and runs two at once", async () => {
    const pool = sqliteReadPool(file, 2);
    const events: string[] = [];
    const slow = [1, 2].map((i) =>
      pool.$queryRawUnsafe<{ n: number }[]>(SLOW, 3_000_000).then((rows) => {
        events.push(`query ${i}`);
        return rows;
      }),
    );
    // On the event loop, the statement would run to its end before this timer could fire.
    await new Promise<void>((resolve) => setTimeout(() => (events.push("timer"), resolve()), 1));
    const rows = await Promise.all(slow);
    expect(rows).toEqual([[{ n: 3_000_000 }], [{ n: 3_000_000 }]]);
    expect(events[0]).toBe("timer");
  });
});

describe("the number of search readers", () => {
  it("is one per core up to four unless configured, and 0 keeps reads on the event loop", () => {
    expect(searchReaderCount({})).toBeGreaterThanOrEqual(1);
    expect(searchReaderCount({})).toBeLessThanOrEqual(4);
    expect(searchReaderCount({ CLAIMDESK_SEARCH_READERS: "0" })).toBe(0);
    expect(searchReaderCount({ CLAIMDESK_SEARCH_READERS: "6" })).toBe(6);
  });

  it("refuses a value that is not a small whole number, naming the variable", () => {
    for (const bad of ["-1", "two", "1.5", "1000"])
      expect(() => searchReaderCount({ CLAIMDESK_SEARCH_READERS: bad })).toThrow(/CLAIMDESK_SEARCH_READERS/);
  });
});
