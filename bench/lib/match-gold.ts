// The command line and files of the claim-matching bench scripts: a gold set in the format of
// shared/eval/claim-matching, its claim bank, and the folder its articles are read from.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { parseArgs } from "node:util";

export type GoldPassage = { match: string; claim: string; stance: string; also?: string[] };
export type BankClaim = { id: string; text: string; kind?: string };

/** Reads --gold, --dir and --claims (default: claims.json beside the gold set); exits 2 with usage if missing. */
export function readGoldSet(script: string) {
  const { values } = parseArgs({
    options: { gold: { type: "string" }, dir: { type: "string" }, claims: { type: "string" } },
  });
  if (!values.gold || !values.dir) {
    console.error(`usage: tsx bench/${script} --gold GOLD.json --dir CORPUS_DIR [--claims CLAIMS.json]`);
    process.exit(2);
  }
  const gold = JSON.parse(readFileSync(values.gold, "utf8")) as {
    articles: Array<{ file: string; passages: GoldPassage[] }>;
  };
  const bankRaw = JSON.parse(readFileSync(values.claims ?? join(dirname(values.gold), "claims.json"), "utf8"));
  const bank: BankClaim[] = Array.isArray(bankRaw) ? bankRaw : bankRaw.claims;
  return { gold, bank, dir: values.dir };
}
