// One Prisma client per process, for whichever database DATABASE_URL names.
// Both generated clients share the model API; the SQLite one provides the types.
import fs from "node:fs";
import path from "node:path";
import { PrismaClient } from "@/generated/sqlite/client";
import { resilientSqliteAdapter } from "./sqlite-adapter";
import { databaseTarget, type DatabaseTarget } from "./target";

export type Db = PrismaClient;
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** DATABASE_REPLICA_URLS: comma-separated PostgreSQL URLs of read replicas (optional). */
export function replicaUrlsFrom(value: string | undefined): string[] {
  const urls = (value ?? "")
    .split(",")
    .map((u) => u.trim())
    .filter(Boolean);
  for (const url of urls)
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new Error(`DATABASE_REPLICA_URLS must list postgresql:// URLs (got "${url.split(":")[0]}:").`);
  return urls;
}

const PG_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

export async function createDb(target: DatabaseTarget = databaseTarget(process.env)): Promise<Db> {
  if (target.provider === "postgresql") {
    const [{ PrismaClient: PgClient }, { PrismaPg }] = await Promise.all([
      import("@/generated/postgresql/client"),
      import("@prisma/adapter-pg"),
    ]);
    // A burst of writers queues for the pool's connections instead of failing after Prisma's default 2 s.
    const connect = (connectionString: string) =>
      new PgClient({ adapter: new PrismaPg({ connectionString }), transactionOptions: PG_TRANSACTION_OPTIONS });
    const primary = connect(target.url);
    const replicaUrls = replicaUrlsFrom(process.env.DATABASE_REPLICA_URLS);
    if (!replicaUrls.length) return primary as unknown as Db;
    // Reads outside transactions go to a replica; writes, transactions and $primary() to the primary.
    const { readReplicas } = await import("@prisma/extension-read-replicas");
    return primary.$extends(readReplicas({ replicas: replicaUrls.map(connect) })) as unknown as Db;
  }
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
  const db = new PrismaClient({
    adapter: resilientSqliteAdapter(
      new PrismaBetterSQLite3({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS }),
      SQLITE_BUSY_TIMEOUT_MS,
    ),
    // A transaction may wait the whole busy timeout for another process's writer before it starts.
    transactionOptions: { maxWait: SQLITE_BUSY_TIMEOUT_MS + 2000, timeout: 10_000 },
  });
  // WAL lets readers proceed during writes; foreign keys are off by default in SQLite.
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$executeRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  return db;
}

const globalForDb = globalThis as unknown as { claimdeskDb?: Promise<Db> };

/** The process-wide client, created on first use. */
export function getDb(): Promise<Db> {
  const db = (globalForDb.claimdeskDb ??= createDb());
  // A failed open is not cached, so the app recovers once the file is restored.
  db.catch(() => {
    if (globalForDb.claimdeskDb === db) globalForDb.claimdeskDb = undefined;
  });
  return db;
}

export function isPostgres(target: DatabaseTarget = databaseTarget(process.env)): boolean {
  return target.provider === "postgresql";
}

/** Case-insensitive substring filter on both providers (SQLite's LIKE already ignores ASCII case). */
export function textContains(q: string): { contains: string } {
  return (isPostgres() ? { contains: q, mode: "insensitive" } : { contains: q }) as { contains: string };
}

/** Lets short-lived processes (CLI, scripts) exit promptly. */
export async function closeDb(): Promise<void> {
  const pending = globalForDb.claimdeskDb;
  globalForDb.claimdeskDb = undefined;
  // A client that never opened (e.g. a damaged file, already reported) has nothing to close.
  const db = await pending?.catch(() => null);
  if (db) await db.$disconnect();
}
