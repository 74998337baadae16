import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { backupDatabase, restoreDatabase } from "./backup";
import { closeDb } from "./client";
import { databaseTarget } from "./target";

const { db } = useTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-backup-"));
const onSqlite = inject("testDbProvider") === "sqlite";

describe.runIf(onSqlite)("SQLite backup and restore", () => {
  it("backs up while another connection keeps writing, and restores to the backed-up state", async () => {
    await makeUser("analyst", { email: "before-backup@velmora.test" });
    const target = databaseTarget(process.env);
    if (target.provider !== "sqlite") throw new Error("sqlite expected");
    const writer = new Database(target.file, { timeout: 5000 });
    let writes = 0;
    const timer = setInterval(() => {
      writer.prepare("INSERT INTO Setting (key, value) VALUES (?, 'x')").run(`k${writes++}`);
    }, 1);
    const file = path.join(dir, "online.db");
    try {
      await backupDatabase(file);
    } finally {
      clearInterval(timer);
      writer.close();
    }
    expect(writes).toBeGreaterThan(0);
    await makeUser("analyst", { email: "after-backup@velmora.test" });

    await closeDb();
    await restoreDatabase(file);
    const users = (await (await db()).user.findMany({ select: { email: true } })).map((u) => u.email);
    expect(users).toContain("before-backup@velmora.test");
    expect(users).not.toContain("after-backup@velmora.test");
    const check = new Database(target.file, { readonly: true });
    expect(check.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
    check.close();
  });

  it("refuses to overwrite an existing backup, and refuses foreign or damaged files without touching data", async () => {
    const file = path.join(dir, "twice.db");
    await backupDatabase(file);
    await expect(backupDatabase(file)).rejects.toThrow(/already exists/);
    const before = await (await db()).user.count();
    const notSqlite = path.join(dir, "notes.txt");
    writeFileSync(notSqlite, "hello");
    await expect(restoreDatabase(notSqlite)).rejects.toThrow(/not a Claimdesk SQLite backup/);
    const foreign = path.join(dir, "foreign.db");
    const f = new Database(foreign);
    f.exec("CREATE TABLE t (x)");
    f.close();
    await expect(restoreDatabase(foreign)).rejects.toThrow(/not a Claimdesk database/);
    await expect(restoreDatabase(path.join(dir, "missing.db"))).rejects.toBeInstanceOf(ValidationError);
    expect(await (await db()).user.count()).toBe(before);
  });
});

describe.runIf(!onSqlite)("PostgreSQL backup", () => {
  it("points to pg_dump instead of pretending", async () => {
    const file = path.join(dir, "pg.db");
    await expect(backupDatabase(file)).rejects.toThrow(/pg_dump/);
    expect(existsSync(file)).toBe(false);
  });
});
