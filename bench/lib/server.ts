// Starts `next start` on a database for a benchmark and stops it afterwards. The server counts the
// statements it sends to the database (bench/lib/count-queries.cjs); statements() reads the total.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const COUNTER = path.join(import.meta.dirname, "count-queries.cjs");

export type BenchServer = {
  url: string;
  process: ChildProcess;
  stop: () => void;
  /** Statements sent to the database so far by the server's processes (settled: waits for the counter's write). */
  statements: () => Promise<number>;
};

export async function startServer(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  if (!existsSync(path.join(repoRoot, ".next/BUILD_ID")))
    throw new Error("No production build: run `npm run build` first.");
  const countDir = mkdtempSync(path.join(tmpdir(), "claimdesk-bench-queries-"));
  const child = spawn(path.join(repoRoot, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      CLAIMDESK_DEMO: "0",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${COUNTER}`.trim(),
      CLAIMDESK_QUERY_COUNT_DIR: countDir,
      ...env,
    },
    stdio: "ignore",
  });
  // The counter directory goes once the server has exited: until then its processes may still write there.
  child.once("exit", () => rmSync(countDir, { recursive: true, force: true }));
  const stop = () => {
    child.kill("SIGTERM");
  };
  const total = () =>
    readdirSync(countDir)
      .filter((f) => f.endsWith(".json"))
      .reduce(
        (sum, f) =>
          sum + (JSON.parse(readFileSync(path.join(countDir, f), "utf8")) as { statements: number }).statements,
        0,
      );
  // Settled: the counter writes every 100 ms, and requests abandoned by a load run may still be running.
  const statements = async () => {
    for (let previous = -1; ;) {
      await new Promise((r) => setTimeout(r, 1000));
      const now = total();
      if (now === previous) return now;
      previous = now;
    }
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, process: child, stop, statements };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  child.kill("SIGKILL");
  throw new Error("The server did not start within 30 s.");
}
