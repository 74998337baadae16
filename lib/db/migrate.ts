// Applies committed migrations with the Prisma CLI (JavaScript schema engine, no download).
// prisma.config.ts picks the provider's schema and migrations from DATABASE_URL.
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseTarget, type DatabaseTarget } from "./target";

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, "../..");

export function migrationNames(provider: DatabaseTarget["provider"]): string[] {
  const dir = path.join(repoRoot, "prisma", ...(provider === "postgresql" ? ["postgresql"] : []), "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

async function appliedMigrations(target: DatabaseTarget): Promise<string[]> {
  const sql = "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";
  if (target.provider === "sqlite") {
    if (!existsSync(target.file)) return [];
    const db = new Database(target.file, { readonly: true, timeout: 5000 });
    try {
      const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE name = '_prisma_migrations'").get();
      return exists ? (db.prepare(sql).all() as { migration_name: string }[]).map((r) => r.migration_name) : [];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const exists = await client.query("SELECT to_regclass('_prisma_migrations') AS t");
    return exists.rows[0].t ? (await client.query(sql)).rows.map((r) => r.migration_name) : [];
  } finally {
    await client.end();
  }
}

export async function pendingMigrations(target: DatabaseTarget = databaseTarget(process.env)): Promise<string[]> {
  const applied = new Set(await appliedMigrations(target));
  return migrationNames(target.provider).filter((m) => !applied.has(m));
}

export async function migrateDeploy(databaseUrl?: string): Promise<string> {
  const env = {
    ...process.env,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  const { stdout } = await run(path.join(repoRoot, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: repoRoot,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

/**
 * Applies pending migrations only. Prisma's SQLite migrator cannot even check for pending work while
 * another process has the file open, so a second app process on the same file must find nothing to do.
 */
export async function migrateIfNeeded(target: DatabaseTarget = databaseTarget(process.env)): Promise<string[]> {
  const pending = await pendingMigrations(target);
  if (!pending.length) return [];
  try {
    await migrateDeploy(target.url);
  } catch (error) {
    if (
      target.provider === "sqlite" &&
      /SocketTimeout|database is locked|SQLITE_BUSY/i.test(String((error as { stderr?: string }).stderr ?? error))
    ) {
      throw new Error(
        `Cannot apply migrations (${pending.join(", ")}): another process is using ${target.file}. Stop it and start again.`,
      );
    }
    throw error;
  }
  return pending;
}
