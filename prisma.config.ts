// Prisma CLI configuration. The CLI works on whichever database DATABASE_URL names:
// PostgreSQL when it starts with postgres:// or postgresql://, else the SQLite file.
// Both use the JavaScript engines, so nothing is downloaded (see docs/decisions/0001-prisma-js-engines.md).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseTarget } from "./lib/db/target";

const target = databaseTarget(process.env);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema:
    target.provider === "postgresql"
      ? path.join("prisma", "postgresql", "schema.prisma")
      : path.join("prisma", "schema.prisma"),
  migrations: {
    path:
      target.provider === "postgresql"
        ? path.join("prisma", "postgresql", "migrations")
        : path.join("prisma", "migrations"),
  },
  async adapter() {
    if (target.provider === "postgresql") {
      // The 7.x adapter deserialises PostgreSQL's `name` column type that the schema engine reads;
      // the 6.19 one does not (stack notes). Runtime queries use @prisma/adapter-pg 6.19.
      const { PrismaPg } = await import("pg-migrate-adapter");
      return new PrismaPg({ connectionString: target.url }) as never;
    }
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: target.url });
  },
});
