import { parseArgs } from "node:util";
import { createTokenFromCli } from "@/lib/services/users";
import type { CliIo } from "../io";

export const help = `Usage: npm run --silent cli -- token create --email E [--name N]
Prints a new API token as the last line. Send it as "Authorization: Bearer <token>" to /api/v1;
it acts with that user's role. Only its hash is stored, so keep it safe.`;

export async function run(args: string[], io: CliIo) {
  const { values } = parseArgs({ args, options: { email: { type: "string" }, name: { type: "string" } } });
  const token = await createTokenFromCli({ email: values.email, name: values.name });
  io.out(token);
  return 0;
}
