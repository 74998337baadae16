import { loadDemoWorkspace } from "@/lib/services/demo";
import type { CliIo } from "../io";

export const help = `Usage: npm run cli -- demo load
Loads the fictional demo workspace if the database has no users yet (npm start does this on first start
unless CLAIMDESK_DEMO=0). Running it again changes nothing.`;

export async function run(_args: string[], io: CliIo) {
  const result = await loadDemoWorkspace();
  io.out(result.loaded ? "Demo workspace loaded." : `Nothing loaded: ${result.reason}`);
  return 0;
}
