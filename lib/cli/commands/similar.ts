import { parseArgs } from "node:util";
import { CLI_OPERATOR } from "@/lib/auth/principal";
import { findSimilarClaims } from "@/lib/services/similar-claims";
import type { CliIo } from "../io";

export const help = `Usage: npm run cli -- similar "CLAIM TEXT" [--json]
Lists the existing claims most similar to a claim you are about to create, best first, with a
warning when one may be the same claim and a note when one looks like its opposite. With --json
prints {"items":[{"id","slug","text","status","score","opposite","warn"}],"warning","threshold"}.`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean" } } });
  if (positionals.length !== 1) {
    io.err(`Give the claim text as one argument (in quotes).\n\n${help}`);
    return 2;
  }
  const result = await findSimilarClaims(CLI_OPERATOR, { text: positionals[0] });
  if (values.json) {
    io.out(JSON.stringify(result));
    return 0;
  }
  if (!result.items.length) {
    io.out("No similar claim on the desk.");
    return 0;
  }
  if (result.warning) io.out("Warning: this claim may already exist.");
  for (const c of result.items)
    io.out(
      `  ${c.score.toFixed(2)}  ${c.text}  (${c.slug}${c.opposite ? ", possibly the opposite" : ""}${c.warn ? ", very similar" : ""})`,
    );
  return 0;
}
