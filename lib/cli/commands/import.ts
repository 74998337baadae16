import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { CLI_OPERATOR } from "@/lib/auth/principal";
import { DuplicateError, ValidationError } from "@/lib/errors";
import { assertNotImported, createSource } from "@/lib/services/sources";
import { textFromFile } from "@/lib/sources/file-import";
import { parseInput } from "@/lib/validation/parse";
import { sourceCreateInput } from "@/lib/validation/sources";
import type { CliIo } from "../main";

export const help = `Usage: npm run cli -- import FILE... [--publisher P] [--author A] [--url U] [--published YYYY-MM-DD] [--title T] [--allow-duplicate]
Imports .txt, .md or .html files as sources (HTML is reduced to readable text). Every file is
checked first; if any is unreadable, empty, binary, invalid or already imported (same text),
nothing is imported. --allow-duplicate imports a text that already exists as a source.`;

export async function run(args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      publisher: { type: "string" },
      author: { type: "string" },
      url: { type: "string" },
      published: { type: "string" },
      title: { type: "string" },
      "allow-duplicate": { type: "boolean" },
    },
  });
  if (!positionals.length) throw new ValidationError("Name at least one file to import.");
  if (values.title && positionals.length > 1)
    throw new ValidationError("--title applies to a single file; import the files one by one.");
  const inputs = [];
  for (const file of positionals) {
    const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new ValidationError(
        `${file}: cannot be read (${e.code === "ENOENT" ? "no such file" : (e.code ?? e.message)}).`,
      );
    });
    const { title, text } = textFromFile(file, bytes);
    const raw = {
      title: values.title ?? title,
      text,
      publisher: values.publisher,
      author: values.author,
      url: values.url,
      publishedAt: values.published,
      allowDuplicate: values["allow-duplicate"] ?? false,
    };
    try {
      parseInput(sourceCreateInput, raw);
      if (!raw.allowDuplicate) await assertNotImported(CLI_OPERATOR, text);
    } catch (e) {
      if (e instanceof ValidationError) throw new ValidationError(`${file}: ${e.message}`, e.fields);
      if (e instanceof DuplicateError)
        throw new DuplicateError(`${file}: ${e.message} Use --allow-duplicate to import it anyway.`, e.existingId);
      throw e;
    }
    inputs.push({ file, raw });
  }
  for (const { file, raw } of inputs) {
    const source = await createSource(CLI_OPERATOR, raw);
    io.out(
      `Imported ${file} as source ${source.id} ("${source.title}", ${source.revision.length.toLocaleString("en")} characters).`,
    );
  }
  return 0;
}
