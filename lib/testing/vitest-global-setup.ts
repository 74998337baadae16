// Once per test run: migrate a base database that every test file then copies (SQLite: a file
// copy; PostgreSQL: CREATE DATABASE ... TEMPLATE). TEST_DATABASE_URL=postgresql://... selects PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../db/migrate";
import { adminQuery, baseDatabaseName, withDatabase } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    testDbProvider: "sqlite" | "postgresql";
    sqliteBaseFile: string;
    pgBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl && /^postgres(ql)?:/.test(pgUrl)) {
    const base = baseDatabaseName();
    await adminQuery(pgUrl, `DROP DATABASE IF EXISTS "${base}" WITH (FORCE)`);
    await adminQuery(pgUrl, `CREATE DATABASE "${base}"`);
    const baseUrl = withDatabase(pgUrl, base);
    await migrateDeploy(baseUrl);
    project.provide("testDbProvider", "postgresql");
    project.provide("pgBaseUrl", baseUrl);
    project.provide("sqliteBaseFile", "");
    return async () => adminQuery(pgUrl, `DROP DATABASE IF EXISTS "${base}" WITH (FORCE)`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-test-"));
  const baseFile = path.join(dir, "base.db");
  await migrateDeploy(`file:${baseFile}`);
  project.provide("testDbProvider", "sqlite");
  project.provide("sqliteBaseFile", baseFile);
  project.provide("pgBaseUrl", "");
  return () => rmSync(dir, { recursive: true, force: true });
}
