import type { CliIo } from "./io";

/** The password from CLAIMDESK_PASSWORD, else the first line of standard input. */
export async function readPassword(io: CliIo): Promise<string> {
  const fromEnv = process.env.CLAIMDESK_PASSWORD;
  if (fromEnv) return fromEnv;
  let data = "";
  for await (const chunk of io.stdin) {
    data += chunk.toString();
    if (data.includes("\n")) break;
  }
  return data.split(/\r?\n/)[0] ?? "";
}
