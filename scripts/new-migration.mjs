// Creates a migration for BOTH providers from the change to prisma/schema.prisma since the last
// migration (prisma/migrations/schema.snapshot.prisma), then regenerates the clients.
// Usage: npm run db:new-migration -- add_claim_notes
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { postgresSchemaFrom } from "./postgres-schema.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Give the migration a name in snake_case: npm run db:new-migration -- add_claim_notes");
  process.exit(2);
}
const snapshot = join(root, "prisma/migrations/schema.snapshot.prisma");
const current = join(root, "prisma/schema.prisma");
const work = mkdtempSync(join(tmpdir(), "claimdesk-migration-"));
writeFileSync(join(work, "from.pg.prisma"), postgresSchemaFrom(readFileSync(snapshot, "utf8")));
writeFileSync(join(work, "to.pg.prisma"), postgresSchemaFrom(readFileSync(current, "utf8")));

const diff = (from, to, databaseUrl) =>
  execFileSync(
    join(root, "node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );

const sqliteSql = diff(snapshot, current, `file:${join(work, "scratch.db")}`);
if (/^-- This is an empty migration\.\s*$/m.test(sqliteSql) || !sqliteSql.trim()) {
  console.log("prisma/schema.prisma has not changed since the last migration; nothing to do.");
  process.exit(0);
}
// The PostgreSQL diff is computed from schema files, but since the schema has enums and Json columns
// (ADR 0023) Prisma connects to the URL: use the test server (README, TEST_DATABASE_URL). Nothing is written.
const pgSql = diff(
  join(work, "from.pg.prisma"),
  join(work, "to.pg.prisma"),
  process.env.TEST_DATABASE_URL || "postgresql://claimdesk:claimdesk@127.0.0.1:5432/postgres",
);
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const [dir, sql] of [
  ["prisma/migrations", sqliteSql],
  ["prisma/postgresql/migrations", pgSql],
]) {
  mkdirSync(join(root, dir, `${stamp}_${name}`), { recursive: true });
  writeFileSync(join(root, dir, `${stamp}_${name}`, "migration.sql"), sql);
}
copyFileSync(current, snapshot);
execFileSync("node", [join(root, "scripts/generate-clients.mjs")], { cwd: root, stdio: "inherit" });
console.log(`Created ${stamp}_${name} for SQLite and PostgreSQL. Review both migration.sql files before committing.`);
