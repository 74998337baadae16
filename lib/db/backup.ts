// Online backup and restore of the SQLite database with SQLite's backup API, which copies a
// consistent snapshot while the app keeps reading and writing. PostgreSQL has pg_dump for this.
import { existsSync, openSync, readSync, closeSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { ValidationError } from "@/lib/errors";
import { migrationNames } from "./migrate";
import { databaseTarget, type DatabaseTarget } from "./target";

const SQLITE_HEADER = "SQLite format 3\u0000";

function sqliteTarget(target: DatabaseTarget) {
  if (target.provider !== "sqlite") {
    throw new ValidationError(
      "Backup and restore here are for the SQLite database. For PostgreSQL use pg_dump and pg_restore.",
    );
  }
  return target;
}

function integrity(db: Database.Database): string {
  const rows = db.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join("; ");
}

function appliedMigrations(db: Database.Database): string[] {
  return (
    db
      .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name")
      .all() as { migration_name: string }[]
  ).map((r) => r.migration_name);
}

export async function backupDatabase(destination: string, target = databaseTarget(process.env)) {
  const { file } = sqliteTarget(target);
  if (!existsSync(file)) throw new ValidationError(`There is no database at ${file} to back up.`);
  if (existsSync(destination)) throw new ValidationError(`${destination} already exists; choose a new file name.`);
  const partial = `${destination}.partial`;
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    await db.backup(partial);
  } finally {
    db.close();
  }
  const copy = new Database(partial, { readonly: true });
  try {
    const check = integrity(copy);
    if (check !== "ok") throw new Error(`The backup failed its integrity check: ${check}`);
  } finally {
    copy.close();
  }
  renameSync(partial, destination);
  return { file: destination };
}

export async function restoreDatabase(source: string, target = databaseTarget(process.env)) {
  const { file } = sqliteTarget(target);
  if (!existsSync(source)) throw new ValidationError(`${source}: no such file.`);
  const header = Buffer.alloc(16);
  const fd = openSync(source, "r");
  readSync(fd, header, 0, 16, 0);
  closeSync(fd);
  if (header.toString("latin1") !== SQLITE_HEADER)
    throw new ValidationError(`${source} is not a Claimdesk SQLite backup.`);
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const check = integrity(backup);
    if (check !== "ok")
      throw new ValidationError(`${source} is damaged (integrity check: ${check}); nothing was restored.`);
    const hasSchema = backup
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('_prisma_migrations', 'User', 'Claim')")
      .get() as { n: number };
    if (hasSchema.n !== 3) throw new ValidationError(`${source} is not a Claimdesk database; nothing was restored.`);
    const known = new Set(migrationNames("sqlite"));
    const unknown = appliedMigrations(backup).filter((m) => !known.has(m));
    if (unknown.length)
      throw new ValidationError(
        `${source} comes from a newer Claimdesk (migrations ${unknown.join(", ")}); upgrade first.`,
      );
    // Backing up INTO the live file is how SQLite replaces a database that other connections may
    // hold open: it is one write transaction, so readers see the old or the new database, never a mix.
    await backup.backup(file);
  } finally {
    backup.close();
  }
  for (const suffix of ["-journal"]) rmSync(file + suffix, { force: true });
  return { file };
}
