import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { CLI_OPERATOR } from "@/lib/auth/principal";
import { DomainError, ValidationError } from "@/lib/errors";
import { importClaimReviews, type ClaimReviewImportItem } from "@/lib/services/claimreview-import";
import type { CliIo } from "../io";
import { progress } from "../progress";

export const help = `Usage: npm run cli -- import-claimreview FILE... [--url ADDRESS...] [--fetch-appearances]
Imports published fact-checks as draft claims: a JSON file with schema.org ClaimReview JSON-LD or a
Fact Check Tools claim search response, or the address of a fact-check page carrying ClaimReview.
The other organisation's rating is recorded as an external review, never as ours. Appearances link to
sources with the same address; --fetch-appearances imports the missing ones from the web.
Each file or address is imported on its own; exit status 1 if any failed. Progress goes to stderr.`;

export async function run(args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { url: { type: "string", multiple: true }, "fetch-appearances": { type: "boolean" } },
  });
  const inputs = [
    ...positionals.map((file) => ({ label: file, file })),
    ...(values.url ?? []).map((url) => ({ label: url, url })),
  ];
  if (!inputs.length) throw new ValidationError("Name at least one JSON file or --url ADDRESS to import.");
  const report = progress(inputs.length, io.err);
  let failed = 0;
  for (const input of inputs) {
    try {
      const json =
        "file" in input
          ? await readFile(input.file, "utf8").catch((e: NodeJS.ErrnoException) => {
              throw new ValidationError(
                `cannot be read (${e.code === "ENOENT" ? "no such file" : (e.code ?? e.message)}).`,
              );
            })
          : undefined;
      const items = await importClaimReviews(CLI_OPERATOR, {
        ...("url" in input ? { url: input.url } : { json }),
        fetchAppearances: values["fetch-appearances"] ?? false,
      });
      for (const item of items) io.out(describe(item));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      failed++;
      io.err(`${input.label}: ${e.message}`);
    }
    report.step(input.label);
  }
  report.done();
  return failed ? 1 : 0;
}

function describe(item: ClaimReviewImportItem) {
  const verb = item.outcome === "created" ? "Imported" : "Already imported";
  const pending = item.appearances.filter((a) => !a.sourceId).length;
  return `${verb} claim ${item.claimId} ("${item.text}"): ${item.organization} rated it ${item.rating ?? "without a rating"}${
    pending ? `; ${pending} appearance(s) not on the desk yet` : ""
  }.`;
}
