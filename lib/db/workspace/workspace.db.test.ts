// Moving a desk: SQLite -> PostgreSQL -> SQLite (the middle is PostgreSQL when the run has it,
// TEST_DATABASE_URL=postgresql://..., else another SQLite file) must keep every row exactly.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Prisma } from "@/generated/sqlite/client";
import { closeDb, createDb, getDb, type Db } from "@/lib/db/client";
import { migrateDeploy } from "@/lib/db/migrate";
import { databaseTarget } from "@/lib/db/target";
import { loadDemoWorkspace } from "@/lib/services/demo";
import { CLI_OPERATOR } from "@/lib/auth/principal";
import { importClaimReviews } from "@/lib/services/claimreview-import";
import { importSourceFromUrl } from "@/lib/services/source-import";
import { startFixtureSite, type FixtureSite } from "@/lib/testing/fixture-site";
import { useTestDatabase } from "@/lib/testing/test-database";
import { exportWorkspace, modelRows } from "./export";
import { importWorkspace } from "./import";
import { LEFT_BEHIND, NO_PASSWORD, WORKSPACE_MODELS } from "./models";

useTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-workspace-"));
const clients: Db[] = [];
let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(async () => {
  await site.close();
  await Promise.all(clients.map((c) => c.$disconnect()));
});

async function freshSqlite(name: string) {
  const url = `file:${path.join(dir, `${name}.db`)}`;
  await migrateDeploy(url);
  const client = await createDb(databaseTarget({ DATABASE_URL: url }));
  clients.push(client);
  return { url, client };
}

/** Fills the origin desk through the app's own services (getDb() pointed at it for the while). */
async function fillDesk(url: string) {
  const previous = process.env.DATABASE_URL;
  await closeDb();
  process.env.DATABASE_URL = url;
  process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE = "1";
  try {
    expect(await loadDemoWorkspace()).toEqual({ loaded: true });
    await importSourceFromUrl(CLI_OPERATOR, { url: `${site.origin}/news/velmora-ferry` });
    await importSourceFromUrl(CLI_OPERATOR, { url: `${site.origin}/reports/canals-2026.pdf` });
    await importClaimReviews(CLI_OPERATOR, { url: `${site.origin}/fact-checks/brask-toll` });
    const db = await getDb();
    // A relayed statement (the self-reference) and a session, which stays behind.
    const [first, second] = await db.statement.findMany({ take: 2, orderBy: { id: "asc" } });
    await db.statement.update({ where: { id: second.id }, data: { reportedById: first.id } });
    const user = await db.user.findFirstOrThrow();
    await db.session.create({ data: { id: "moved-session", userId: user.id, expiresAt: new Date(Date.now() + 1e6) } });
  } finally {
    await closeDb();
    delete process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE;
    process.env.DATABASE_URL = previous;
  }
}

async function dump(db: Db) {
  const all: Record<string, unknown[]> = {};
  for (const model of WORKSPACE_MODELS) {
    all[model.name] = [];
    for await (const rows of modelRows(db, model)) all[model.name].push(...rows);
  }
  return all;
}

describe("workspace move", () => {
  it("lists every table: moved, or left behind on purpose", () => {
    const covered = [...WORKSPACE_MODELS.map((m) => m.name), ...LEFT_BEHIND].sort();
    expect(covered).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it("round-trips SQLite -> PostgreSQL -> SQLite with every row identical", async () => {
    const origin = await freshSqlite("origin");
    await fillDesk(origin.url);
    const fileA = path.join(dir, "a.jsonl");
    const progress: number[] = [];
    const exported = await exportWorkspace(origin.client, fileA, {
      withPasswordHashes: true,
      onProgress: (done) => progress.push(done),
    });
    expect(exported.total).toBeGreaterThan(50);
    expect(progress.at(-1)).toBe(exported.total);

    const middle =
      inject("testDbProvider") === "postgresql"
        ? await createDb(databaseTarget(process.env))
        : (await freshSqlite("middle")).client;
    clients.push(middle);
    await importWorkspace(middle, fileA);
    const fileB = path.join(dir, "b.jsonl");
    await exportWorkspace(middle, fileB, { withPasswordHashes: true });
    const target = await freshSqlite("target");
    await importWorkspace(target.client, fileB);

    const [a, b, c] = await Promise.all([dump(origin.client), dump(middle), dump(target.client)]);
    for (const model of WORKSPACE_MODELS) {
      expect(b[model.name], `${model.name} after the first move`).toEqual(a[model.name]);
      expect(c[model.name], `${model.name} after the move back`).toEqual(a[model.name]);
    }
    // The hard types came through: archived bytes, floats, the statement chain, dates.
    const snapshots = (c.SourceRevision as { snapshot: Uint8Array | null }[]).filter((r) => r.snapshot);
    expect(snapshots.length).toBe(2);
    expect((c.ExternalReview as { ratingValue: number }[])[0].ratingValue).toBe(2);
    expect((c.Statement as { reportedById: string | null }[]).filter((s) => s.reportedById)).toHaveLength(1);
    expect(await target.client.session.count()).toBe(0);
    // Both files list the same rows line for line (only the header's time differs).
    const body = (f: string) => readFileSync(f, "utf8").split("\n").slice(1);
    expect(body(fileB)).toEqual(body(fileA));
  }, 240_000);

  it("imports files written before Json columns, whose lists were JSON text (ADR 0023)", async () => {
    const target = await freshSqlite("legacy-json");
    const file = path.join(dir, "legacy-json.jsonl");
    const counts = { Source: 1, SourceRevision: 1, Actor: 1, Statement: 1, WebhookEndpoint: 1 };
    const rows = [
      { model: "Source", row: { id: "s1", title: "Velmora notice (fictional)", kind: "article" } },
      {
        model: "SourceRevision",
        row: { id: "r1", sourceId: "s1", number: 1, text: "The ferry resumes.", contentHash: "h", pageStarts: "[0,4]" },
      },
      { model: "Actor", row: { id: "a1", name: "Pia Lund", kind: "person" } },
      {
        model: "Statement",
        row: { id: "st1", sourceId: "s1", revisionId: "r1", speakerId: "a1", kind: "direct", hedges: '["reportedly"]' },
      },
      {
        model: "WebhookEndpoint",
        row: { id: "w1", url: "https://hooks.example", events: '["card.published"]', secret: "s" },
      },
    ].map((line) =>
      line.model === "Statement" ? { ...line, row: { ...line.row, exact: "ferry", start: 4, end: 9 } } : line,
    );
    const header = { format: "claimdesk-workspace", version: 1, withPasswordHashes: false, counts };
    writeFileSync(file, [header, ...rows].map((l) => JSON.stringify(l)).join("\n") + "\n");
    await importWorkspace(target.client, file);
    expect((await target.client.statement.findUniqueOrThrow({ where: { id: "st1" } })).hedges).toEqual(["reportedly"]);
    expect((await target.client.sourceRevision.findUniqueOrThrow({ where: { id: "r1" } })).pageStarts).toEqual([0, 4]);
    expect((await target.client.webhookEndpoint.findUniqueOrThrow({ where: { id: "w1" } })).events).toEqual([
      "card.published",
    ]);

    const broken = path.join(dir, "legacy-broken.jsonl");
    const brokenRows = rows.map((l) => (l.model === "Statement" ? { ...l, row: { ...l.row, hedges: "[oops" } } : l));
    writeFileSync(broken, [header, ...brokenRows].map((l) => JSON.stringify(l)).join("\n") + "\n");
    const empty = await freshSqlite("legacy-broken");
    await expect(importWorkspace(empty.client, broken)).rejects.toThrow(/line 5: Statement.hedges is not valid JSON/);
  }, 120_000);

  it("leaves password hashes out unless asked, and refuses a non-empty target or a damaged file", async () => {
    const origin = await freshSqlite("origin-2");
    await fillDesk(origin.url);
    const file = path.join(dir, "no-hashes.jsonl");
    await exportWorkspace(origin.client, file);
    expect(readFileSync(file, "utf8")).not.toContain("scrypt");
    const target = await freshSqlite("target-2");
    await importWorkspace(target.client, file);
    const users = await target.client.user.findMany();
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => u.passwordHash === NO_PASSWORD)).toBe(true);

    await expect(importWorkspace(target.client, file)).rejects.toThrow(/^The target database is not empty \(\d+ User/);
    const empty = await freshSqlite("target-3");
    const damaged = path.join(dir, "damaged.jsonl");
    writeFileSync(damaged, readFileSync(file, "utf8").split("\n").slice(0, 5).join("\n"));
    await expect(importWorkspace(empty.client, damaged)).rejects.toThrow(/is incomplete: the header lists/);
    expect(await empty.client.user.count()).toBe(0);
    writeFileSync(damaged, '{"hello":"world"}\n');
    await expect(importWorkspace(empty.client, damaged)).rejects.toThrow(/is not a Claimdesk workspace file/);
  }, 240_000);
});
