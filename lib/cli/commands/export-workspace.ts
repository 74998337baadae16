import { parseArgs } from "node:util";
import { ValidationError } from "@/lib/errors";
import { exportCurrentWorkspace } from "@/lib/db/workspace/export";
import type { CliIo } from "../io";
import { progress } from "../progress";

export const help = `Usage: npm run --silent cli -- export-workspace FILE [--with-password-hashes]
Writes the whole desk in DATABASE_URL to FILE (JSON Lines): users, sources with revisions and archived
pages, actors, claims, evidence, statements, reviews, cards with versions and the audit log. Sessions
and API tokens stay behind. Password hashes stay behind unless --with-password-hashes: keep such a file
as safe as the database. Load it with import-workspace into a fresh SQLite or PostgreSQL database.`;

export async function run(args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { "with-password-hashes": { type: "boolean" } },
  });
  if (positionals.length !== 1) throw new ValidationError("Name the file to write, e.g. desk.jsonl.");
  let report: ReturnType<typeof progress> | null = null;
  const result = await exportCurrentWorkspace(positionals[0], {
    withPasswordHashes: values["with-password-hashes"] ?? false,
    onProgress: (done, total, model) => {
      report ??= progress(total, io.err);
      report.at(done, model);
    },
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code) throw new ValidationError(`${positionals[0]}: cannot be written (${e.code}).`);
    throw e;
  });
  io.out(
    `Exported ${result.total.toLocaleString("en")} rows to ${positionals[0]}${values["with-password-hashes"] ? " (with password hashes)" : " (without password hashes)"}.`,
  );
  return 0;
}
