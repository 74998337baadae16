// Runs before `npm start`: apply pending migrations, load the demo workspace into an empty
// database (unless CLAIMDESK_DEMO=0), and build the app when the sources changed since the last build.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules/.bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
const step = (what) => console.log(`[claimdesk] ${what}`);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, env, stdio: "inherit" });

const cli = (...args) => run(bin("tsx"), ["--conditions=react-server", "lib/cli/main.ts", ...args]);
try {
  cli("migrate");
  if (process.env.CLAIMDESK_DEMO !== "0") cli("demo", "load");
} catch {
  process.exit(1);
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "generated",
  "prisma/schema.prisma",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
  "proxy.ts",
];
function fingerprint() {
  const hash = createHash("sha256");
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!entry.endsWith(".test.ts")) visit(join(path, entry));
    } else {
      hash.update(path.slice(root.length)).update(readFileSync(path));
    }
  };
  for (const input of BUILD_INPUTS) visit(join(root, input));
  return hash.digest("hex");
}

const stampFile = join(root, ".next", "claimdesk-build-fingerprint");
const current = fingerprint();
if (
  existsSync(join(root, ".next", "BUILD_ID")) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, "utf8") === current
) {
  step("build is up to date");
} else {
  step("building the app (first start or changed sources; this takes a minute or two)");
  run(bin("next"), ["build"]);
  writeFileSync(stampFile, current);
}
step(`starting on http://localhost:${process.env.PORT || 3000}`);
