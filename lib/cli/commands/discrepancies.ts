import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { findDiscrepancies } from "@/lib/extract";
import type { CliIo } from "../main";

export const help = `Usage: npm run cli -- discrepancies FILE... [--json]
Reads UTF-8 text files and lists counts of the same thing and event ("fighter killed") on which the
files disagree once qualifiers such as "at least" are taken into account (3 vs 4, 3 vs "at least 4").
Offsets are UTF-16 positions in each file's text. With --json prints
{"discrepancies":[{"counts","event","values":[{"value","qualifier","file","start","end","phrase"}]}]}.
These are candidate contradictions for a person to check, not findings.`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean" } } });
  if (!positionals.length) {
    io.err(`Name at least one file to compare.\n\n${help}`);
    return 2;
  }
  const docs: Array<{ name: string; text: string }> = [];
  for (const file of positionals) {
    try {
      docs.push({ name: file, text: await readFile(file, "utf8") });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.err(
        `Cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (code ?? String(e))}.`,
      );
      return 1;
    }
  }
  const found = findDiscrepancies(docs).map((d) => ({
    counts: d.counts,
    event: d.event,
    values: d.values.map(({ doc, ...v }) => ({
      value: v.value,
      qualifier: v.qualifier,
      file: doc,
      start: v.start,
      end: v.end,
      phrase: v.phrase,
    })),
  }));
  if (values.json) {
    io.out(JSON.stringify({ discrepancies: found }));
    return 0;
  }
  if (!found.length) {
    io.out(`No disagreeing counts across ${docs.length} file(s).`);
    return 0;
  }
  for (const d of found) {
    io.out(`${d.counts}${d.event ? ` ${d.event}` : ""}:`);
    for (const v of d.values)
      io.out(
        `  ${v.qualifier === "exact" ? "" : v.qualifier + " "}${v.value}  "${v.phrase}"  (${v.file} ${v.start}-${v.end})`,
      );
  }
  return 0;
}
