// Kill the server with SIGKILL in the middle of a bulk import through the API, start it again:
// the database passes its integrity check and every source is complete or absent.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

const PORT = 3199;
const base = `http://127.0.0.1:${PORT}`;
const dir = path.resolve("test-results", "crash-db");
const file = path.join(dir, "crash.db");
const env = {
  ...process.env,
  DATABASE_URL: `file:${file}`,
  NEXT_TELEMETRY_DISABLED: "1",
  CLAIMDESK_DEMO: "0",
  CLAIMDESK_PASSWORD: "a long enough test password",
};
const bin = (name: string) => path.resolve("node_modules/.bin", name);

function startServer(): ChildProcess {
  return spawn(bin("next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "ignore" });
}

async function waitUntilUp() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/login`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start");
}

const sha = (text: string) => "sha256:" + createHash("sha256").update(text, "utf8").digest("hex");

test("a SIGKILL during a bulk import leaves every source complete or absent", async () => {
  test.setTimeout(120_000);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(bin("prisma"), ["migrate", "deploy"], { env, stdio: "ignore" });
  const cli = (...args: string[]) =>
    execFileSync(bin("tsx"), ["--conditions=react-server", "lib/cli/main.ts", ...args], { env, encoding: "utf8" });
  cli("user", "add", "--email", "bulk@crash.test", "--role", "analyst");
  const token = cli("token", "create", "--email", "bulk@crash.test").trim().split("\n").pop()!;

  let server = startServer();
  await waitUntilUp();
  const texts = Array.from(
    { length: 60 },
    (_, i) =>
      `[FICTIONAL] Bulk article ${i}. ` +
      `The ferry of Velmora sailed at dawn, said harbour officials. `.repeat(3000 + i),
  );
  const imports = texts.map((text, i) =>
    fetch(`${base}/api/v1/sources`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ title: `Bulk ${i}`, text }),
    }).then(
      (r) => r.status,
      () => "killed",
    ),
  );
  const probe = new Database(file, { readonly: true, timeout: 5000 });
  for (let i = 0; i < 400 && (probe.prepare("SELECT count(*) AS n FROM Source").get() as { n: number }).n < 3; i++)
    await new Promise((r) => setTimeout(r, 25));
  probe.close();
  server.kill("SIGKILL");
  const outcomes = await Promise.all(imports);
  expect(outcomes).toContain("killed");

  server = startServer();
  try {
    await waitUntilUp();
    const db = new Database(file, { readonly: true });
    expect(db.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
    const rows = db
      .prepare(
        `SELECT s.title, r.number, r.text, r.contentHash FROM Source s LEFT JOIN SourceRevision r ON r.sourceId = s.id`,
      )
      .all() as { title: string; number: number | null; text: string | null; contentHash: string | null }[];
    db.close();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(texts.length);
    for (const row of rows) {
      const expected = texts[Number(row.title.replace("Bulk ", ""))];
      expect(row.number).toBe(1);
      expect(row.text).toBe(expected);
      expect(row.contentHash).toBe(sha(expected));
    }
    const listed = await fetch(`${base}/api/v1/sources?limit=100`, { headers: { authorization: `Bearer ${token}` } });
    expect((await listed.json()).items).toHaveLength(rows.length);
  } finally {
    server.kill("SIGKILL");
  }
});
