// Gives the calling test file its own fresh, migrated database (Epic Stack style), on SQLite or
// PostgreSQL as the run was started. Call at the top of every *.db.test.ts file.
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDb, getDb } from "../db/client";
import { adminQuery, withDatabase } from "./postgres";

export function useTestDatabase() {
  let cleanup: () => Promise<unknown> = async () => {};
  beforeAll(async () => {
    const name = `claimdesk_t_${randomBytes(5).toString("hex")}`;
    if (inject("testDbProvider") === "postgresql") {
      const baseUrl = inject("pgBaseUrl");
      const base = new URL(baseUrl).pathname.slice(1);
      // Concurrent CREATE DATABASE from one template can collide; retry briefly.
      for (let attempt = 0; ; attempt++) {
        try {
          await adminQuery(baseUrl, `CREATE DATABASE "${name}" TEMPLATE "${base}"`);
          break;
        } catch (e) {
          if (attempt >= 20 || !/being accessed by other users/.test(String(e))) throw e;
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
        }
      }
      process.env.DATABASE_URL = withDatabase(baseUrl, name);
      cleanup = () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } else {
      const baseFile = inject("sqliteBaseFile");
      const file = path.join(path.dirname(baseFile), `${name}.db`);
      copyFileSync(baseFile, file);
      process.env.DATABASE_URL = `file:${file}`;
      cleanup = async () => {
        for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      };
    }
  });
  afterAll(async () => {
    await closeDb();
    await cleanup();
  });
  return { db: getDb };
}
