// Starts `next start` on a database for a benchmark and stops it afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "../..");

export async function startServer(
  databaseUrl: string,
  port: number,
): Promise<{ url: string; stop: () => void; process: ChildProcess }> {
  if (!existsSync(path.join(repoRoot, ".next/BUILD_ID")))
    throw new Error("No production build: run `npm run build` first.");
  const child = spawn(path.join(repoRoot, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, CLAIMDESK_DEMO: "0", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, process: child, stop: () => child.kill("SIGTERM") };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error("The server did not start within 30 s.");
}
