import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { extractAll } from "@/lib/extract";
import type { CliIo } from "../io";

export const help = `Usage: npm run cli -- extract FILE [--json]
Extracts quotations (direct and reported), their speakers (with speakerKind; speaker null and the
pronoun in speakerMention when unresolved), intermediaries (with viaKind), cues and hedges, plus
counted numbers and candidate claims, from a UTF-8 text file. Offsets are UTF-16 positions in the
file's text exactly as read (a byte-order mark, if any, counts as one character). With --json prints
{"quotes":[...],"numbers":[...],"candidateClaims":[...]}; without it prints readable tables.
Suggestions only: an analyst confirms before anything counts.`;

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s).replace(/\s+/g, " ");

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean" } } });
  if (positionals.length !== 1) {
    io.err(`Name exactly one file to extract from.\n\n${help}`);
    return 2;
  }
  const file = positionals[0];
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      `Cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (code ?? String(e))}.`,
    );
    return 1;
  }
  const result = extractAll(text);
  if (values.json) {
    io.out(JSON.stringify(result));
    return 0;
  }
  io.out(`Quotations in ${file} (${result.quotes.length}):`);
  for (const q of result.quotes) {
    const speaker = q.speaker
      ? `${q.speaker} (${q.speakerKind})`
      : `unknown speaker${q.speakerMention ? ` “${q.speakerMention}”` : ""}`;
    const who = [speaker, q.via ? `via ${q.via}` : "", q.anonymous ? "[anonymous]" : ""].filter(Boolean).join(" ");
    const hedges = q.hedges.length ? `  hedges: ${q.hedges.join("; ")}` : "";
    io.out(
      `  ${String(q.start).padStart(6)}-${String(q.end).padEnd(6)} ${q.kind.padEnd(8)} ${clip(who, 40).padEnd(40)} ${q.cue ?? "-"}  "${clip(q.text, 70)}"${hedges}`,
    );
  }
  io.out(`\nNumbers (${result.numbers.length}):`);
  for (const n of result.numbers) {
    io.out(
      `  ${String(n.start).padStart(6)} ${String(n.value).padStart(8)} ${n.qualifier.padEnd(10)} ${n.counts.padEnd(16)} ${(n.event ?? "").padEnd(9)} "${clip(n.phrase, 50)}"`,
    );
  }
  io.out(`\nCandidate claims (${result.candidateClaims.length}):`);
  for (const c of result.candidateClaims)
    io.out(
      `  ${String(c.start).padStart(6)} ${c.kind.padEnd(26)} ${clip(c.reason, 40).padEnd(40)} "${clip(c.text, 80)}"`,
    );
  return 0;
}
