import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { CLI_OPERATOR } from "@/lib/auth/principal";
import { DomainError, DuplicateError, ValidationError } from "@/lib/errors";
import { importSourceFromUrl } from "@/lib/services/source-import";
import { sourceInputFromFile } from "@/lib/sources/file-input";
import { assertNotImported, createSource } from "@/lib/services/sources";
import { parseInput } from "@/lib/validation/parse";
import { sourceCreateInput } from "@/lib/validation/sources";
import type { CliIo } from "../io";
import { progress } from "../progress";

export const help = `Usage: npm run cli -- import FILE... [--publisher P] [--author A] [--url U] [--published YYYY-MM-DD] [--title T] [--allow-duplicate]
       npm run cli -- import --url ADDRESS [--url ADDRESS...]
Imports .txt, .md, .html or .pdf files as sources (HTML is reduced to readable text, PDFs keep their
page breaks). Every file is checked first; if any is unreadable, empty, binary or invalid, nothing is
imported; a text already imported as a source (same text) stops the import too, unless
--allow-duplicate is given.
With --url and no FILE, fetches each web page or PDF, reads its metadata and archives it; an address
imported before gets a new revision when its text changed. Addresses are imported one by one and a
failing address does not stop the others (exit status 1 if any failed). Progress goes to stderr.`;

export async function run(args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      publisher: { type: "string" },
      author: { type: "string" },
      url: { type: "string", multiple: true },
      published: { type: "string" },
      title: { type: "string" },
      "allow-duplicate": { type: "boolean" },
    },
  });
  if (!positionals.length && values.url?.length) return importUrls(values.url, io);
  if (!positionals.length) throw new ValidationError("Name at least one file (or --url ADDRESS) to import.");
  if ((values.url?.length ?? 0) > 1)
    throw new ValidationError("With files, --url records one address for them; give it once.");
  if (values.title && positionals.length > 1)
    throw new ValidationError("--title applies to a single file; import the files one by one.");
  const inputs = [];
  for (const file of positionals) {
    const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new ValidationError(
        `${file}: cannot be read (${e.code === "ENOENT" ? "no such file" : (e.code ?? e.message)}).`,
      );
    });
    try {
      const { fields, text, publishedAt, archive } = await sourceInputFromFile(file, bytes);
      const raw = {
        title: values.title ?? fields.title,
        text,
        publisher: values.publisher,
        author: values.author ?? fields.author ?? undefined,
        url: values.url?.[0],
        publishedAt: values.published ?? publishedAt ?? undefined,
        allowDuplicate: values["allow-duplicate"] ?? false,
      };
      parseInput(sourceCreateInput, raw);
      if (!raw.allowDuplicate) await assertNotImported(CLI_OPERATOR, text);
      inputs.push({ file, raw, archive });
    } catch (e) {
      if (e instanceof ValidationError && !e.message.startsWith(file))
        throw new ValidationError(`${file}: ${e.message}`, e.fields);
      if (e instanceof DuplicateError)
        throw new DuplicateError(`${file}: ${e.message} Use --allow-duplicate to import it anyway.`, e.existingId);
      throw e;
    }
  }
  const report = progress(inputs.length, io.err);
  for (const { file, raw, archive } of inputs) {
    const source = await createSource(CLI_OPERATOR, raw, archive);
    io.out(
      `Imported ${file} as source ${source.id} ("${source.title}", ${source.revision.length.toLocaleString("en")} characters).`,
    );
    report.step(file);
  }
  report.done();
  return 0;
}

const OUTCOME_WORDS = {
  created: "Imported",
  revised: "New revision of",
  unchanged: "Unchanged, already imported:",
} as const;

async function importUrls(urls: string[], io: CliIo) {
  const report = progress(urls.length, io.err);
  let failed = 0;
  for (const url of urls) {
    try {
      const r = await importSourceFromUrl(CLI_OPERATOR, { url });
      const by = [r.publisher, r.author].filter(Boolean).join(", ");
      io.out(
        `${OUTCOME_WORDS[r.outcome]} ${url} as source ${r.sourceId} ("${r.title}"${by ? `, ${by}` : ""}, revision ${r.revision.number}).`,
      );
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      failed++;
      io.err(`${url}: ${e.message}`);
    }
    report.step(url);
  }
  report.done();
  return failed ? 1 : 0;
}
