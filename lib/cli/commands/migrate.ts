import { migrateIfNeeded } from "@/lib/db/migrate";
import { databaseTarget } from "@/lib/db/target";
import type { CliIo } from "../io";

export const help = `Usage: npm run cli -- migrate
Applies pending migrations to DATABASE_URL (default: the SQLite file data/claimdesk.db). npm start does this itself.`;

export async function run(_args: string[], io: CliIo) {
  const target = databaseTarget(process.env);
  const applied = await migrateIfNeeded(target);
  io.out(
    applied.length
      ? `${target.provider}: applied ${applied.join(", ")}.`
      : `${target.provider}: no pending migrations.`,
  );
  return 0;
}
