import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { CLI_OPERATOR } from "@/lib/auth/principal";
import { ValidationError } from "@/lib/errors";
import { exportDataset } from "@/lib/services/exports";
import { configuredBaseUrl } from "@/lib/http/origin";
import { EXPORT_DATASETS } from "@/lib/validation/exports";
import type { CliIo } from "../io";

export const help = `Usage: npm run --silent cli -- export DATASET [--format csv|json|jsonld] [--status S] [--claim ID] [--source ID] [--out FILE]
DATASET is one of: ${EXPORT_DATASETS.join(", ")}.
Writes CSV (RFC 4180, the default), JSON, or for evidence W3C Web Annotation JSON-LD (--format jsonld)
to FILE, or to standard output without --out. --status filters by claim status as the claims list does.
Links in the export use CLAIMDESK_PUBLIC_URL.`;

export async function run(args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      status: { type: "string" },
      claim: { type: "string" },
      source: { type: "string" },
      out: { type: "string" },
    },
  });
  if (positionals.length !== 1) throw new ValidationError(`Name one dataset to export: ${EXPORT_DATASETS.join(", ")}.`);
  const file = await exportDataset(
    CLI_OPERATOR,
    {
      dataset: positionals[0],
      format: values.format,
      status: values.status,
      claimId: values.claim,
      sourceId: values.source,
    },
    configuredBaseUrl(),
  );
  if (!values.out) {
    io.out(file.body.replace(/^\uFEFF/, "").replace(/\r?\n$/, ""));
    return 0;
  }
  await writeFile(values.out, file.body).catch((e: NodeJS.ErrnoException) => {
    throw new ValidationError(`${values.out}: cannot be written (${e.code ?? e.message}).`);
  });
  io.err(`Wrote ${file.count.toLocaleString("en")} ${positionals[0]} to ${values.out}.`);
  return 0;
}
