// Serves the production build on a fresh SQLite database with the demo workspace, for Playwright.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = process.argv[2] ?? "3100";
const dir = join(root, "test-results", `e2e-db-${port}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const env = {
  ...process.env,
  DATABASE_URL: `file:${join(dir, "e2e.db")}`,
  NEXT_TELEMETRY_DISABLED: "1",
  CLAIMDESK_SECURE_COOKIES: "0",
  // Cached public pages (cards, embeds) take their links from here, never from the request (ADR 0024).
  CLAIMDESK_PUBLIC_URL: `http://127.0.0.1:${port}`,
  // URL-import tests fetch fictional pages from a server on 127.0.0.1 (e2e/import-export.spec.ts).
  CLAIMDESK_FETCH_ALLOW_PRIVATE: "1",
};
const bin = (name) => join(root, "node_modules/.bin", name);
execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
execFileSync(bin("tsx"), ["--conditions=react-server", "lib/cli/main.ts", "demo", "load"], {
  cwd: root,
  env,
  stdio: "inherit",
});
// An admin API token for fixtures that create their own users.
const token = execFileSync(
  bin("tsx"),
  [
    "--conditions=react-server",
    "lib/cli/main.ts",
    "token",
    "create",
    "--email",
    "admin@demo.claimdesk.test",
    "--name",
    "e2e",
  ],
  { cwd: root, env, encoding: "utf8" },
)
  .trim()
  .split("\n")
  .pop();
writeFileSync(join(dir, "admin-token"), token);
const server = spawn(bin("next"), ["start", "-p", port, "-H", "127.0.0.1"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
