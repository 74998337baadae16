// One model source, two providers' migrations: this fails when prisma/schema.prisma, the generated
// PostgreSQL schema and either migration folder disagree.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/test-database";
import { postgresApply, postgresCatalog, sqliteApply, sqliteCatalog } from "@/lib/testing/catalog";
import { adminQuery, withDatabase } from "@/lib/testing/postgres";
import { databaseTarget } from "./target";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
useTestDatabase();

async function schemaScript(schema: string, databaseUrl: string) {
  const { stdout } = await run(
    path.join(root, "node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      maxBuffer: 8 * 1024 * 1024,
    },
  );
  return stdout;
}

describe("schema drift", () => {
  it("the PostgreSQL schema is generated from the current model source", async () => {
    await expect(run("node", [path.join(root, "scripts/generate-clients.mjs"), "--check"])).resolves.toBeDefined();
  });

  it("the last migration's schema snapshot is the current model source (use npm run db:new-migration)", async () => {
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(path.join(root, "prisma/migrations/schema.snapshot.prisma"), "utf8")).toBe(
      readFileSync(path.join(root, "prisma/schema.prisma"), "utf8"),
    );
  });

  it("the committed migrations build exactly the database the schema describes", async () => {
    const target = databaseTarget(process.env);
    if (inject("testDbProvider") === "postgresql") {
      const name = `claimdesk_drift_${randomBytes(4).toString("hex")}`;
      await adminQuery(target.url, `CREATE DATABASE "${name}"`);
      const fromSchemaUrl = withDatabase(target.url, name);
      try {
        await postgresApply(fromSchemaUrl, await schemaScript("prisma/postgresql/schema.prisma", fromSchemaUrl));
        expect(await postgresCatalog(target.url)).toEqual(await postgresCatalog(fromSchemaUrl));
      } finally {
        await adminQuery(target.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    } else {
      if (target.provider !== "sqlite") throw new Error("unexpected provider");
      const fromSchema = path.join(tmpdir(), `claimdesk-drift-${randomBytes(4).toString("hex")}.db`);
      try {
        sqliteApply(fromSchema, await schemaScript("prisma/schema.prisma", `file:${fromSchema}`));
        expect(sqliteCatalog(target.file)).toEqual(sqliteCatalog(fromSchema));
      } finally {
        rmSync(fromSchema, { force: true });
      }
    }
  });
});
