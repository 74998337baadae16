import { readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { CLI_OPERATOR } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors";
import { extractNumbers, findDiscrepancies } from "@/lib/extract";
import type { CliIo } from "../io";

export const help = `Usage: npm run cli -- discrepancies FILE... [--json]
Each FILE is a UTF-8 text file or the id of an imported source (its current revision). Lists counts of the
same thing and event ("fighter killed") on which they disagree once qualifiers such as "at least" are
taken into account (3 vs 4, 3 vs "at least 4"). Each figure keeps its hedges ("reportedly",
"according to some estimates"). Offsets are UTF-16 positions in each text. With --json prints
{"discrepancies":[{"counts","event","values":[{"value","qualifier","hedges","file","start","end","phrase"}]}]}
("file" is the path or "source:ID"). These are candidate contradictions for a person to check, not findings.`;

type Doc = { name: string; text: string };

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

async function load(arg: string, io: CliIo): Promise<Doc | null> {
  // An id-like argument that is not a file names an imported source.
  if (/^[a-z0-9]{10,40}$/i.test(arg) && !(await isFile(arg))) {
    try {
      const { getSource } = await import("@/lib/services/sources");
      const source = await getSource(CLI_OPERATOR, arg);
      return { name: `source:${source.id}`, text: source.revision.text };
    } catch (e) {
      if (!(e instanceof NotFoundError)) throw e;
      io.err(`Cannot read ${arg}: no such file and no imported source with that id.`);
      return null;
    }
  }
  try {
    return { name: arg, text: await readFile(arg, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      `Cannot read ${arg}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (code ?? String(e))}.`,
    );
    return null;
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean" } } });
  if (!positionals.length) {
    io.err(`Name at least one file or source id to compare.\n\n${help}`);
    return 2;
  }
  const docs: Doc[] = [];
  for (const arg of positionals) {
    const doc = await load(arg, io);
    if (!doc) return 1;
    docs.push(doc);
  }
  // The extractor's figures carry hedges; a discrepancy's values are matched back to them by offset.
  const hedges = new Map(docs.map((d) => [d.name, new Map(extractNumbers(d.text).map((n) => [n.start, n.hedges]))]));
  const found = findDiscrepancies(docs).map((d) => ({
    counts: d.counts,
    event: d.event,
    values: d.values.map(({ doc, ...v }) => ({
      value: v.value,
      qualifier: v.qualifier,
      hedges: hedges.get(doc)?.get(v.start) ?? [],
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
    io.out(`No disagreeing counts across ${docs.length} text(s).`);
    return 0;
  }
  for (const d of found) {
    io.out(`${d.counts}${d.event ? ` ${d.event}` : ""}:`);
    for (const v of d.values)
      io.out(
        `  ${v.qualifier === "exact" ? "" : v.qualifier + " "}${v.value}  "${v.phrase}"${v.hedges.length ? `  [${v.hedges.join("; ")}]` : ""}  (${v.file} ${v.start}-${v.end})`,
      );
  }
  return 0;
}
