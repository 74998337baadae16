import { parseArgs } from "node:util";
import { ValidationError } from "@/lib/errors";
import { importCurrentWorkspace } from "@/lib/db/workspace/import";
import { optimizeSearchIndex } from "@/lib/search/maintenance";
import type { CliIo } from "../io";
import { progress } from "../progress";

export const help = `Usage: npm run --silent cli -- import-workspace FILE
Loads a file written by export-workspace into the database in DATABASE_URL, which must be migrated
and empty (npm run db:migrate first). All rows go in one transaction: on any error nothing is kept.
The search index is compacted afterwards (as optimize-search does).
Users moved without password hashes cannot sign in until they get a new password.`;

export async function run(args: string[], io: CliIo) {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new ValidationError("Name the workspace file to import.");
  let report: ReturnType<typeof progress> | null = null;
  const result = await importCurrentWorkspace(positionals[0], {
    onProgress: (done, total, model) => {
      report ??= progress(total, io.err);
      report.at(done, model);
    },
  });
  io.out(`Imported ${result.total.toLocaleString("en")} rows from ${positionals[0]}.`);
  // A whole desk arrives at once: compact the search index now rather than on the first slow searches.
  await optimizeSearchIndex();
  if (!result.withPasswordHashes)
    io.out("The file had no password hashes: users need new passwords before they can sign in.");
  return 0;
}
