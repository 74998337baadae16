import { migrateDeploy } from "@/lib/db/migrate";
import { restoreDatabase } from "@/lib/db/backup";
import { ValidationError } from "@/lib/errors";
import type { CliIo } from "../io";

export const help = `Usage: npm run cli -- restore FILE
Replaces the SQLite database with the backup in FILE (checked first: a damaged or foreign file restores
nothing), then applies any migrations the backup predates. Stop the app first: sessions and caches of a
running app would refer to data that no longer exists. For PostgreSQL use pg_restore.`;

export async function run(args: string[], io: CliIo) {
  const [file] = args.filter((a) => !a.startsWith("--"));
  if (!file) throw new ValidationError("Name the backup file: npm run cli -- restore FILE");
  await restoreDatabase(file);
  await migrateDeploy();
  io.out(`Restored from ${file}.`);
  return 0;
}
