import { parseArgs } from "node:util";
import { claimTimeline, deskActivity } from "@/lib/services/activity";
import type { CliIo } from "../io";
import { principalFor, printJson } from "./team-principal";

export const help = `Usage: npm run --silent cli -- activity [CLAIM_ID] [--as EMAIL] [--json]
A claim's timeline (blind as --as's review status requires), or without CLAIM_ID the desk-wide activity.`;

export async function run(args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { as: { type: "string" }, json: { type: "boolean" } },
  });
  const principal = await principalFor(values.as);
  const items = positionals[0] ? await claimTimeline(principal, positionals[0]) : (await deskActivity(principal)).items;
  if (values.json) return (printJson(io.out, items), 0);
  for (const i of items) io.out(`${i.at.toISOString()}  ${i.who} ${i.text}`);
  return 0;
}
