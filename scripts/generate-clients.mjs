// Generates the PostgreSQL schema from the one model source (prisma/schema.prisma) and both
// Prisma clients. Runs on `npm ci` (postinstall). `--check` only verifies the PostgreSQL schema
// is up to date, for tests.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { postgresSchemaFrom } from "./postgres-schema.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sqliteSchemaPath = join(root, "prisma/schema.prisma");
const pgSchemaPath = join(root, "prisma/postgresql/schema.prisma");

const expected = postgresSchemaFrom(readFileSync(sqliteSchemaPath, "utf8"));
if (process.argv.includes("--check")) {
  const actual = readFileSync(pgSchemaPath, "utf8");
  if (actual !== expected) {
    console.error("prisma/postgresql/schema.prisma is out of date: run `node scripts/generate-clients.mjs`");
    process.exit(1);
  }
  process.exit(0);
}
mkdirSync(dirname(pgSchemaPath), { recursive: true });
writeFileSync(pgSchemaPath, expected);
const prisma = join(root, "node_modules/.bin/prisma");
for (const schema of [sqliteSchemaPath, pgSchemaPath]) {
  execFileSync(prisma, ["generate", "--schema", schema], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
}
