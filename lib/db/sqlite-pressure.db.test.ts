// SQLite under pressure: a full disk (simulated with PRAGMA max_page_count on the test database) and
// another process holding the write lock. Neither may hang later writes or surface as a 500.
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/test-database";
import { ServiceUnavailableError } from "@/lib/errors";
import { closeDb, getDb, SQLITE_BUSY_TIMEOUT_MS } from "./client";
import { errorResponse } from "@/lib/http/api";
import { databaseUnavailable } from "./errors";

useTestDatabase();
const db = getDb;
const onSqlite = inject("testDbProvider") === "sqlite";

/** Fails the test instead of letting it hang, so a hang is reported as a hang. */
const within = <T>(ms: number, p: Promise<T>) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`hung for ${ms} ms`)), ms))]);

/** A write transaction shaped like the services' ones: read first, then write. */
const addActors = async (n: number, size: number) =>
  (await getDb()).$transaction(async (tx) => {
    await tx.actor.count();
    for (let i = 0; i < n; i++)
      await tx.actor.create({ data: { name: `Fictional actor ${i}`, kind: "person", description: "x".repeat(size) } });
    return n;
  });

/** Another process that takes the write lock and keeps it for `ms`. */
function holdWriteLock(file: string, ms: number): Promise<{ exited: Promise<unknown> }> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const db = require("better-sqlite3")(${JSON.stringify(file)});
       db.exec("BEGIN IMMEDIATE"); db.exec("INSERT INTO Actor (id, name, kind) VALUES ('holder' || hex(randomblob(6)), 'Fictional holder', 'person')");
       process.stdout.write("locked\\n");
       setTimeout(() => { db.exec("COMMIT"); process.exit(0); }, ${ms});`,
    ],
    { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] },
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return new Promise((resolve) => child.stdout.once("data", () => resolve({ exited })));
}

/** A small tmpfs holding a copy of the test database: a real full disk. Needs root; null if not possible. */
function mountSmallDisk(bytes: number): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-full-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${bytes}`, "tmpfs", dir], { stdio: "ignore" });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

describe.runIf(onSqlite)("SQLite under pressure", () => {
  it("survives a real full disk (tmpfs): 503, no hang, recovers when space is freed", async () => {
    const baseFile = inject("sqliteBaseFile");
    const dir = mountSmallDisk(statSync(baseFile).size + 256 * 1024);
    if (!dir)
      return console.warn("Skipping the tmpfs case: cannot mount (not root). The max_page_count case still runs.");
    const previousUrl = process.env.DATABASE_URL;
    try {
      await closeDb();
      copyFileSync(baseFile, path.join(dir, "full.db"));
      process.env.DATABASE_URL = `file:${path.join(dir, "full.db")}`;
      writeFileSync(path.join(dir, "ballast"), Buffer.alloc(64 * 1024));
      const full = await within(15_000, addActors(100, 4000)).catch(databaseUnavailable);
      expect(full).toBeInstanceOf(ServiceUnavailableError);
      expect((full as ServiceUnavailableError).code).toBe("database_full");
      expect(await within(15_000, addActors(100, 4000)).catch(databaseUnavailable)).toBeInstanceOf(
        ServiceUnavailableError,
      );
      // Space is back (the ballast goes, the disk grows): the next write succeeds without a restart.
      rmSync(path.join(dir, "ballast"));
      execFileSync("mount", ["-o", "remount,size=16m", dir]);
      expect(await within(15_000, addActors(100, 4000))).toBe(100);
    } finally {
      await closeDb();
      process.env.DATABASE_URL = previousUrl;
      execFileSync("umount", [dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers a full disk with a clear 503, does not hang later writes, and recovers once there is space", async () => {
    const d = await db();
    const [{ page_count }] = await d.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    await d.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(page_count) + 2}`);

    const full = await within(10_000, addActors(200, 4000)).catch(databaseUnavailable);
    expect(full).toBeInstanceOf(ServiceUnavailableError);
    expect((full as ServiceUnavailableError).code).toBe("database_full");
    expect((full as ServiceUnavailableError).status).toBe(503);
    expect((full as ServiceUnavailableError).retryAfterSeconds).toBeGreaterThan(0);
    expect(await d.actor.count({ where: { name: { startsWith: "Fictional actor" } } })).toBe(0);

    // Still full: the next write fails the same clear way instead of hanging; reads keep working.
    expect(await within(10_000, addActors(50, 4000)).catch(databaseUnavailable)).toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(await within(5_000, d.user.count())).toBeGreaterThanOrEqual(0);

    // Space is back: the very next write succeeds without a restart.
    await d.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    expect(await within(10_000, addActors(50, 4000))).toBe(50);
    expect(await d.actor.count({ where: { name: { startsWith: "Fictional actor" } } })).toBe(50);
  });

  it("waits for another process's write lock and then writes", async () => {
    const holder = await holdWriteLock(process.env.DATABASE_URL!.replace(/^file:/, ""), 1500);
    const started = Date.now();
    expect(await within(15_000, addActors(1, 10))).toBe(1);
    expect(Date.now() - started).toBeGreaterThan(500); // it really waited for the other process
    await holder.exited;
  });

  it("answers 503 with Retry-After when another process keeps the write lock past the busy timeout", async () => {
    const holder = await holdWriteLock(
      process.env.DATABASE_URL!.replace(/^file:/, ""),
      2 * SQLITE_BUSY_TIMEOUT_MS + 4000,
    );
    const busy = await within(SQLITE_BUSY_TIMEOUT_MS + 5000, addActors(1, 10)).catch(databaseUnavailable);
    expect(busy).toBeInstanceOf(ServiceUnavailableError);
    expect((busy as ServiceUnavailableError).code).toBe("database_busy");
    // Through the API: 503 with a Retry-After header and a clear message, not a 500.
    const response = errorResponse(await addActors(1, 10).catch((e: unknown) => e));
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await response.json()).error.message).toMatch(/busy with another write/);
    await holder.exited;
    expect(await within(10_000, addActors(1, 10))).toBe(1);
  }, 45_000);
});
