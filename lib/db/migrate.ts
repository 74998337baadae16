// Applies committed migrations with the Prisma CLI (JavaScript schema engine, no download).
// prisma.config.ts picks the provider's schema and migrations from DATABASE_URL.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, "../..");

export async function migrateDeploy(databaseUrl?: string): Promise<string> {
  const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1", ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const { stdout } = await run(path.join(repoRoot, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: repoRoot, env, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
