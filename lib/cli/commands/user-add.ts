import { parseArgs } from "node:util";
import { addUserFromCli } from "@/lib/services/users";
import { readPassword } from "../read-secret";
import type { CliIo } from "../io";

export const help = `Usage: npm run cli -- user add --email E --role analyst|reviewer|editor|admin [--name N]
The password is read from CLAIMDESK_PASSWORD, or else from the first line of standard input.`;

export async function run(args: string[], io: CliIo) {
  const { values } = parseArgs({
    args,
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  });
  const password = await readPassword(io);
  const user = await addUserFromCli({ email: values.email, role: values.role, name: values.name, password });
  io.out(`Added ${user.email} as ${user.role}.`);
  return 0;
}
