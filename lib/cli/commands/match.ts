import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { buildClaimIndex, matchText } from "@/lib/match";
import type { CliIo } from "../io";

export const help = `Usage: npm run cli -- match FILE --claims CLAIMS.json [--json]
Finds the passages of a UTF-8 text file that bear on claims, ranks the claims for each passage and
guesses the passage's stance toward each (supports, contradicts, context). CLAIMS.json is an array
of {"id","text","kind"}. Only passages above the matcher's threshold are listed. With --json prints
{"matches":[{"start","end","text","claims":[{"id","score","stance"}]}]}, where text is the file's
text from start to end (UTF-16 offsets) and claims are best first. Suggestions for an analyst.`;

const ClaimBank = z.array(z.object({ id: z.string().min(1), text: z.string().min(1), kind: z.string().optional() }));

async function readText(file: string, io: CliIo): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      `Cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (code ?? String(e))}.`,
    );
    return null;
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, claims: { type: "string" } },
  });
  if (positionals.length !== 1 || !values.claims) {
    io.err(`Name one text file and a claims file (--claims CLAIMS.json).\n\n${help}`);
    return 2;
  }
  const [text, bankText] = [await readText(positionals[0], io), await readText(values.claims, io)];
  if (text === null || bankText === null) return 1;
  let bank: z.infer<typeof ClaimBank>;
  try {
    const raw = JSON.parse(bankText);
    bank = ClaimBank.parse(Array.isArray(raw) ? raw : raw?.claims);
  } catch {
    io.err(`${values.claims} is not a JSON array of {"id","text","kind"} claims.`);
    return 1;
  }
  const matches = matchText(buildClaimIndex(bank), text);
  if (values.json) {
    io.out(JSON.stringify({ matches }));
    return 0;
  }
  if (!matches.length) {
    io.out(`No passage of ${positionals[0]} bears on the ${bank.length} claim(s).`);
    return 0;
  }
  const byId = new Map(bank.map((c) => [c.id, c.text]));
  for (const m of matches) {
    io.out(`${m.start}-${m.end}  "${m.text.replace(/\s+/g, " ")}"`);
    for (const c of m.claims)
      io.out(`    ${c.score.toFixed(3)}  ${c.stance.padEnd(11)} ${c.id}  ${byId.get(c.id) ?? ""}`);
  }
  return 0;
}
