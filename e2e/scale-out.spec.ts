// Scale-out: two `next start` processes against one PostgreSQL database, writing concurrently.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgresql://claimdesk:claimdesk@127.0.0.1:5432/postgres";
const bin = (name: string) => path.resolve("node_modules/.bin", name);

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function reachable() {
  try {
    await admin("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

test("two app processes on one PostgreSQL lose no writes", async () => {
  test.setTimeout(120_000);
  test.skip(!process.env.CI && !(await reachable()), "PostgreSQL is not running (required in CI)");
  const name = `claimdesk_scale_${randomBytes(4).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    NEXT_TELEMETRY_DISABLED: "1",
    CLAIMDESK_DEMO: "0",
    CLAIMDESK_PASSWORD: "a long enough test password",
  };
  await admin(`CREATE DATABASE "${name}"`);
  const servers: ChildProcess[] = [];
  try {
    execFileSync(bin("prisma"), ["migrate", "deploy"], { env, stdio: "ignore" });
    const cli = (...args: string[]) =>
      execFileSync(bin("tsx"), ["--conditions=react-server", "lib/cli/main.ts", ...args], { env, encoding: "utf8" });
    cli("user", "add", "--email", "scale@claimdesk.test", "--role", "editor");
    const token = cli("token", "create", "--email", "scale@claimdesk.test").trim().split("\n").pop()!;
    const ports = [3411, 3412];
    for (const port of ports)
      servers.push(spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore" }));
    for (const port of ports) {
      await expect
        .poll(async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.status, {
          timeout: 30_000,
        })
        .toBe(200);
    }
    const api = (port: number, method: string, route: string, body?: unknown) =>
      fetch(`http://127.0.0.1:${port}/api/v1${route}`, {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: body ? JSON.stringify(body) : undefined,
      });

    const created = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        api(ports[i % 2], "POST", "/actors", { name: `Scale actor ${i}`, kind: "person" }),
      ),
    );
    expect(created.map((r) => r.status)).toEqual(Array(40).fill(201));
    const claim = await (
      await api(ports[0], "POST", "/claims", { text: "Two processes share one claim", kind: "factual" })
    ).json();

    let landed = 0;
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        for (;;) {
          const current = await (await api(ports[i % 2], "GET", `/claims/${claim.id}`)).json();
          const res = await api(ports[(i + 1) % 2], "PATCH", `/claims/${claim.id}`, {
            version: current.version,
            summary: `writer ${i}`,
          });
          if (res.status === 200) return landed++;
          expect(res.status).toBe(409);
        }
      }),
    );
    const final = await (await api(ports[1], "GET", `/claims/${claim.id}`)).json();
    expect(landed).toBe(20);
    expect(final.version).toBe(21);
    const actors = await (await api(ports[1], "GET", "/actors?q=Scale%20actor&limit=100")).json();
    expect(actors.items).toHaveLength(40);
  } finally {
    for (const s of servers) s.kill("SIGKILL");
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
});
