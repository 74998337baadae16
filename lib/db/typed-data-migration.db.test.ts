// The typed-data migration (docs/decisions/0023-typed-data.md) on a desk that already has rows: every
// stored string becomes the enum value it names and every JSON text the list it held, on each provider,
// and the SQLite table rebuild keeps full-text search working.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/generated/sqlite/client";
import { adminQuery, withDatabase } from "@/lib/testing/postgres";
import { useTestDatabase } from "@/lib/testing/test-database";
import { databaseTarget } from "./target";

const MIGRATION = "20261130190823_typed_data";
useTestDatabase();
const root = path.resolve(import.meta.dirname, "../..");

function scripts(provider: "sqlite" | "postgresql") {
  const dir = path.join(root, "prisma", ...(provider === "postgresql" ? ["postgresql"] : []), "migrations");
  const names = readdirSync(dir)
    .filter((n) => /^\d+_/.test(n))
    .sort();
  const read = (n: string) => readFileSync(path.join(dir, n, "migration.sql"), "utf8");
  return { before: names.filter((n) => n < MIGRATION).map(read), typed: read(MIGRATION) };
}

const T = "2026-11-01T10:00:00.000";
// Fictional rows as the string-typed schema stored them.
const LEGACY_ROWS = (ts: string) => [
  `INSERT INTO "User" ("id", "email", "name", "role", "passwordHash") VALUES ('u1', 'lena@velmora.test', 'Lena Holm', 'reviewer', 'x')`,
  `INSERT INTO "Source" ("id", "title", "kind") VALUES ('s1', 'Velmora ferry notice (fictional)', 'statement')`,
  `INSERT INTO "SourceRevision" ("id", "sourceId", "number", "text", "contentHash", "pageStarts") VALUES ('r1', 's1', 1, 'The harbour master said the ferry resumes at dawn.', 'h1', '[0,20]')`,
  `INSERT INTO "Actor" ("id", "name", "kind") VALUES ('a1', 'Pia Lund', 'person')`,
  `INSERT INTO "Statement" ("id", "sourceId", "revisionId", "speakerId", "kind", "hedges", "exact", "start", "end", "anchorStatus") VALUES ('st1', 's1', 'r1', 'a1', 'indirect', '["reportedly","could not be verified"]', 'the ferry resumes at dawn', 24, 49, 'needs_review')`,
  `INSERT INTO "Claim" ("id", "slug", "text", "kind", "status", "updatedAt") VALUES ('c1', 'ferry-dawn', 'The ferry resumes at dawn', 'quote_attribution', 'verdict_proposed', ${ts})`,
  `INSERT INTO "Evidence" ("id", "claimId", "sourceId", "revisionId", "stance", "exact", "start", "end") VALUES ('e1', 'c1', 's1', 'r1', 'contradicts', 'the ferry resumes at dawn', 24, 49)`,
  `INSERT INTO "Suggestion" ("id", "sourceId", "revisionId", "text", "start", "end", "kind", "hedges", "status") VALUES ('sg1', 's1', 'r1', 'the ferry resumes', 24, 41, 'direct', '["allegedly"]', 'dismissed')`,
  `INSERT INTO "ExternalReview" ("id", "claimId", "organization", "format", "appearanceUrls") VALUES ('x1', 'c1', 'Brask Checks (fictional)', 'schema.org', '["https://brask.example/a"]')`,
  `INSERT INTO "WebhookEndpoint" ("id", "url", "events", "secret") VALUES ('w1', 'https://hooks.example/in', '["card.published","card.corrected"]', 'whsec_x')`,
  `INSERT INTO "Notification" ("id", "userId", "kind", "title", "link", "email") VALUES ('n1', 'u1', 'review_requested', 'Review', '/claims/c1', 'sending')`,
];

async function readBack(db: PrismaClient) {
  return {
    role: (await db.user.findUniqueOrThrow({ where: { id: "u1" } })).role,
    sourceKind: (await db.source.findUniqueOrThrow({ where: { id: "s1" } })).kind,
    pageStarts: (await db.sourceRevision.findUniqueOrThrow({ where: { id: "r1" } })).pageStarts,
    statement: await db.statement.findUniqueOrThrow({
      where: { id: "st1" },
      select: { kind: true, hedges: true, anchorStatus: true },
    }),
    claim: await db.claim.findUniqueOrThrow({ where: { id: "c1" }, select: { kind: true, status: true } }),
    stance: (await db.evidence.findUniqueOrThrow({ where: { id: "e1" } })).stance,
    suggestion: await db.suggestion.findUniqueOrThrow({
      where: { id: "sg1" },
      select: { kind: true, hedges: true, status: true },
    }),
    appearanceUrls: (await db.externalReview.findUniqueOrThrow({ where: { id: "x1" } })).appearanceUrls,
    events: (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: "w1" } })).events,
    email: (await db.notification.findUniqueOrThrow({ where: { id: "n1" } })).email,
    byStatus: await db.claim.count({ where: { status: "verdict_proposed" } }),
  };
}

const EXPECTED = {
  role: "reviewer",
  sourceKind: "statement",
  pageStarts: [0, 20],
  statement: { kind: "indirect", hedges: ["reportedly", "could not be verified"], anchorStatus: "needs_review" },
  claim: { kind: "quote_attribution", status: "verdict_proposed" },
  stance: "contradicts",
  suggestion: { kind: "direct", hedges: ["allegedly"], status: "dismissed" },
  appearanceUrls: ["https://brask.example/a"],
  events: ["card.published", "card.corrected"],
  email: "sending",
  byStatus: 1,
};

describe("typed-data migration on existing rows", () => {
  it("keeps every value, now typed, and new rows get the '[]' default", async () => {
    if (inject("testDbProvider") === "postgresql") {
      const target = databaseTarget(process.env);
      const name = `claimdesk_typed_${randomBytes(4).toString("hex")}`;
      await adminQuery(target.url, `CREATE DATABASE "${name}"`);
      const url = withDatabase(target.url, name);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const [{ PrismaClient: PgClient }, { PrismaPg }] = await Promise.all([
        import("@/generated/postgresql/client"),
        import("@prisma/adapter-pg"),
      ]);
      const db = new PgClient({ adapter: new PrismaPg({ connectionString: url }) });
      try {
        const { before, typed } = scripts("postgresql");
        for (const sql of before) await client.query(sql);
        for (const sql of LEGACY_ROWS(`'${T}'`)) await client.query(sql);
        await client.query(typed);
        expect(await readBack(db as unknown as PrismaClient)).toEqual(EXPECTED);
        await client.query(
          `INSERT INTO "Statement" ("id", "sourceId", "revisionId", "speakerId", "kind", "exact", "start", "end") VALUES ('st2', 's1', 'r1', 'a1', 'direct', 'ferry', 4, 9)`,
        );
        expect((await db.statement.findUniqueOrThrow({ where: { id: "st2" } })).hedges).toEqual([]);
        await expect(client.query(`UPDATE "Claim" SET "status" = 'pending' WHERE "id" = 'c1'`)).rejects.toThrow(
          /invalid input value for enum/,
        );
      } finally {
        await db.$disconnect();
        await client.end();
        await adminQuery(target.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
      return;
    }
    const file = path.join(tmpdir(), `claimdesk-typed-${randomBytes(4).toString("hex")}.db`);
    const raw = new Database(file);
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
    try {
      const { before, typed } = scripts("sqlite");
      for (const sql of before) raw.exec(sql);
      for (const sql of LEGACY_ROWS(`'${T}+00:00'`)) raw.exec(sql);
      const triggers = () => raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'").get();
      const triggersBefore = triggers();
      raw.exec(typed);
      expect(triggers()).toEqual(triggersBefore);
      expect(raw.pragma("foreign_key_check")).toEqual([]);
      expect(await readBack(db)).toEqual(EXPECTED);
      // The re-created triggers index statements written after the rebuild.
      raw.exec(
        `INSERT INTO "Statement" ("id", "sourceId", "revisionId", "speakerId", "kind", "exact", "start", "end") VALUES ('st2', 's1', 'r1', 'a1', 'direct', 'harbour master', 4, 18)`,
      );
      expect(
        raw.prepare(`SELECT "ref" FROM "search_statement" WHERE "search_statement" MATCH 'harbour'`).all(),
      ).toEqual([{ ref: "st2" }]);
      expect((await db.statement.findUniqueOrThrow({ where: { id: "st2" } })).hedges).toEqual([]);
    } finally {
      await db.$disconnect();
      raw.close();
      rmSync(file, { force: true });
    }
  });
});
