// The CLI and `npm start` (scripts/prepare-start.mjs) as real processes, against a damaged database
// file and a database another process keeps locked: one clear sentence, no stack trace, non-zero exit.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/test-database";

useTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-cli-trouble-"));

function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      command,
      args,
      { cwd: process.cwd(), env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}
const cli = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ["node_modules/.bin/tsx", "--conditions=react-server", "lib/cli/main.ts", ...args], env);
const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at |Unexpected error|Error:/m);

describe.runIf(inject("testDbProvider") === "sqlite")("CLI and start with database trouble", () => {
  const damaged = path.join(dir, "damaged.db");
  writeFileSync(damaged, "This is not an SQLite database: a fictional damaged file.\n".repeat(500));

  it("names the damaged file and how to restore it, on the CLI and on npm start", async () => {
    for (const result of [
      await cli(["migrate"], { DATABASE_URL: `file:${damaged}` }),
      await cli(["user", "add", "--email", "ops@velmora.test", "--role", "admin"], {
        DATABASE_URL: `file:${damaged}`,
        CLAIMDESK_PASSWORD: "a long enough password",
      }),
      await run(process.execPath, ["scripts/prepare-start.mjs"], { DATABASE_URL: `file:${damaged}` }),
    ]) {
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`${damaged} is not a valid Claimdesk database`);
      expect(result.output).toContain("npm run cli -- restore FILE");
      noStackTrace(result.output);
    }
  }, 120_000);

  it("says in one sentence that the database is busy when another process holds the write lock", async () => {
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const db = require("better-sqlite3")(${JSON.stringify(file)}); db.exec("BEGIN IMMEDIATE");
         process.stdout.write("locked\\n"); setTimeout(() => process.exit(0), 20000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise((resolve) => holder.stdout.once("data", resolve));
    try {
      const result = await cli(["user", "add", "--email", "ops@velmora.test", "--role", "admin"], {
        DATABASE_URL: `file:${file}`,
        CLAIMDESK_PASSWORD: "a long enough password",
      });
      expect(result.code).toBe(1);
      expect(result.output.trim()).toMatch(/^The database is busy with another write[^\n]*$/);
    } finally {
      holder.kill();
    }
  }, 60_000);
});
