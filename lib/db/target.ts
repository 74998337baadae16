// Which database this process talks to, from the environment. No imports: used by the
// Prisma CLI config, the app, the CLI and the tests alike.
import path from "node:path";

export type DatabaseTarget =
  { provider: "sqlite"; url: string; file: string } | { provider: "postgresql"; url: string };

export const DEFAULT_SQLITE_FILE = "data/claimdesk.db";

export function databaseTarget(env: Record<string, string | undefined>, cwd = process.cwd()): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  if (url && !url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with file:, postgres:// or postgresql:// (got "${url.split(":")[0]}:")`);
  }
  const file = path.resolve(cwd, url ? url.slice("file:".length) : DEFAULT_SQLITE_FILE);
  return { provider: "sqlite", url: `file:${file}`, file };
}
