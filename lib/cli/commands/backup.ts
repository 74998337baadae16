import { backupDatabase } from "@/lib/db/backup";
import { ValidationError } from "@/lib/errors";
import type { CliIo } from "../io";

export const help = `Usage: npm run cli -- backup FILE
Copies the SQLite database to FILE while the app keeps running (SQLite's online backup), then checks the
copy's integrity. For PostgreSQL use pg_dump.`;

export async function run(args: string[], io: CliIo) {
  const [file] = args.filter((a) => !a.startsWith("--"));
  if (!file) throw new ValidationError("Name the backup file: npm run cli -- backup FILE");
  await backupDatabase(file);
  io.out(`Backed up to ${file}.`);
  return 0;
}
