import { optimizeSearchIndex } from "@/lib/search/maintenance";
import type { CliIo } from "../io";

export const help = `Usage: npm run cli -- optimize-search
Compacts the search index after a bulk import (SQLite: merges each full-text index into one segment;
PostgreSQL: flushes the GIN pending lists and refreshes planner statistics). Searches keep working
meanwhile; on a large SQLite desk it takes a few seconds and writers wait for it.`;

export async function run(args: string[], io: CliIo) {
  if (args.length) {
    io.err(`optimize-search takes no arguments (got ${args.join(" ")}).`);
    return 2;
  }
  const { provider, milliseconds } = await optimizeSearchIndex();
  io.out(`${provider}: search index compacted in ${(milliseconds / 1000).toFixed(1)} s.`);
  return 0;
}
