import { execFileSync } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import { buildClaimIndex, claimHasTerm } from "@/lib/match";
import { similarClaims } from "@/lib/match/similar";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { addAlias, createActor, removeAlias, updateActor } from "./actors";
import { currentClaimIndex } from "./claim-index";
import { createClaim, updateClaim } from "./claims";
import { findSimilarClaims } from "./similar-claims";
import { createSource } from "./sources";

const { db } = useTestDatabase();
const postgres = inject("testDbProvider") === "postgresql";

// Fictional: invented places, people and bodies.
const similarIds = async (text: string) =>
  (await findSimilarClaims(await makeUser("analyst"), { text })).items.map((i) => i.id);

/** A claim written by another process (a second app server, a psql session): plain SQL from a child process. */
function insertClaimFromAnotherProcess(id: string, text: string) {
  const script = postgres
    ? `const pg = require("pg"); const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
       c.connect().then(() => c.query(process.env.SQL, [process.env.ID, "slug-" + process.env.ID, process.env.TEXT])).then(() => c.end());`
    : `const D = require("better-sqlite3"); const db = new D(process.env.DATABASE_URL.slice(5));
       db.prepare(process.env.SQL.replace(/\\$\\d/g, "?")).run(process.env.ID, "slug-" + process.env.ID, process.env.TEXT);`;
  execFileSync(process.execPath, ["-e", script], {
    env: {
      ...process.env,
      SQL: `INSERT INTO "Claim" ("id", "slug", "text", "kind", "status", "updatedAt") VALUES ($1, $2, $3, 'factual', 'draft', CURRENT_TIMESTAMP)`,
      ID: id,
      TEXT: text,
    },
  });
}

/** A claim written on another connection, as a second transaction of this or another process would. */
async function insertClaimBySql(id: string, text: string) {
  await (
    await db()
  ).$executeRawUnsafe(
    `INSERT INTO "Claim" ("id", "slug", "text", "kind", "status", "updatedAt") VALUES ($1, $2, $3, 'factual', 'draft', CURRENT_TIMESTAMP)`.replace(
      /\$\d/g,
      postgres ? (m) => m : () => "?",
    ),
    id,
    `slug-${id}`,
    text,
  );
}

describe("the claim index follows claim writes only", () => {
  it("sees a claim written by another process at the next call", async () => {
    await currentClaimIndex();
    insertClaimFromAnotherProcess(
      "sql-made",
      "The Tarnholm lighthouse keeper rescued nine sailors in the autumn storm",
    );
    expect(await similarIds("Nine sailors were rescued by the Tarnholm lighthouse keeper")).toContain("sql-made");
    await (await db()).$executeRawUnsafe(`DELETE FROM "Claim" WHERE "id" = 'sql-made'`);
    expect(await similarIds("Nine sailors were rescued by the Tarnholm lighthouse keeper")).not.toContain("sql-made");
  });

  it("is untouched by writes to sources and evidence, and patched by a claim edit", async () => {
    const analyst = await makeUser("analyst");
    const claim = await createClaim(analyst, {
      text: "The Brask tram line closed for a week in June",
      kind: "factual",
    });
    const live = await currentClaimIndex();
    const before = live.generation;
    await createSource(analyst, { title: "Tram news", text: "[FICTIONAL] The Brask tram line closed in June." });
    expect((await currentClaimIndex()).generation).toBe(before);
    await updateClaim(analyst, claim.id, { text: "The Brask tram line closed for a month in July", version: 1 });
    expect((await currentClaimIndex()).generation).toBeGreaterThan(before);
    expect(await similarIds("The Brask tram line closed for a month in July")).toContain(claim.id);
  });

  it("reads tags, subjects and claimants as the claim's words, and follows their renames", async () => {
    const analyst = await makeUser("analyst");
    const board = await createActor(analyst, { name: "Ubrava Canal Board", kind: "organization" });
    const claim = await createClaim(analyst, {
      text: "The canal locks were repaired before the spring floods",
      kind: "factual",
      claimantId: board.id,
      tags: ["waterways"],
    });
    const query = "The Ubrava Canal Board repaired the canal locks before the floods";
    expect(await similarIds(query)).toContain(claim.id);
    await updateActor(analyst, board.id, { name: "Lisec Harbour Office", version: board.version });
    expect(await similarIds("The Lisec Harbour Office repaired the canal locks before the floods")).toContain(claim.id);
    const { index } = await currentClaimIndex();
    const indexed = index.claims[index.slots.get(claim.id)!];
    expect(indexed.context).toEqual(["Lisec Harbour Office", "waterways"]);
  });

  it("re-analyses the claims an actor alias names, and only when aliases change", async () => {
    const analyst = await makeUser("analyst");
    const actor = await createActor(analyst, { name: "Karvash Relief Fund", kind: "organization" });
    const claim = await createClaim(analyst, {
      text: "The Karvash Relief Fund paid for the new village well",
      kind: "factual",
    });
    // The actor's name folds to one concept once it has an alias, in every claim that names it.
    const concept = async () => {
      const { index } = await currentClaimIndex();
      return claimHasTerm(index, index.claims[index.slots.get(claim.id)!], "@karvash_relief_fund");
    };
    const score = async () =>
      (await findSimilarClaims(analyst, { text: "KRF paid for the village well" })).items.find((i) => i.id === claim.id)
        ?.score ?? 0;
    const before = await score();
    expect(await concept()).toBe(false);
    const alias = await addAlias(analyst, actor.id, { alias: "KRF" });
    expect(await concept()).toBe(true);
    expect(await score()).toBeGreaterThan(before);
    expect((await currentClaimIndex()).index.actorAliases["Karvash Relief Fund"]).toEqual(["KRF"]);
    await removeAlias(analyst, actor.id, alias!.id);
    expect(await concept()).toBe(false);
    expect(await score()).toBe(before);
  });

  it("gives the same rankings after many changes as an index built from scratch", async () => {
    const analyst = await makeUser("analyst");
    const texts = [
      "The Osk ferry sank with eleven passengers in March",
      "The Osk ferry did not sink in March",
      "Osk fishermen rescued the ferry passengers",
      "The Lisec bridge reopened after repairs to its piers",
    ];
    const made = [];
    for (const text of texts) made.push(await createClaim(analyst, { text, kind: "factual", allowDuplicate: true }));
    await updateClaim(analyst, made[1].id, { text: "The Osk ferry did not sink in April", version: 1 });
    await (await db()).$executeRawUnsafe(`DELETE FROM "Claim" WHERE "id" = '${made[3].id}'`);
    const { index } = await currentClaimIndex();
    const rows = await (
      await db()
    ).claim.findMany({
      where: { status: { not: "archived" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, text: true, kind: true, claimant: { select: { name: true } } },
    });
    const ids = new Set(index.claims.map((c) => c.id));
    expect(new Set(rows.map((r) => r.id))).toEqual(ids);
    const fresh = buildClaimIndex(
      index.claims.map((c) => ({ id: c.id, text: c.text, kind: c.kind, context: c.context })),
      index.actorAliases,
    );
    for (const q of ["The Osk ferry sank in April", "Passengers of the ferry were rescued", "Lisec bridge repairs"])
      expect(similarClaims(index, q, 8)).toEqual(similarClaims(fresh, q, 8));
  });

  it("a call made while a long catch-up runs still sees a claim committed just before it", async () => {
    const client = await db();
    await currentClaimIndex();
    // Enough changed claims that the catch-up analyses them over many slices.
    const values = Array.from(
      { length: 1500 },
      (_, i) =>
        `('bulk-${i}', 'bulk-${i}', 'Fictional bulk claim ${i} about the Osk mill', 'factual', 'draft', CURRENT_TIMESTAMP)`,
    );
    await client.$executeRawUnsafe(
      `INSERT INTO "Claim" ("id", "slug", "text", "kind", "status", "updatedAt") VALUES ${values.join(", ")}`,
    );
    const during = currentClaimIndex();
    await new Promise((resolve) => setImmediate(resolve));
    await insertClaimBySql("late", "The Lisec weir was raised by two metres in the dry summer");
    const after = await currentClaimIndex();
    expect(after.index.slots.has("late")).toBe(true);
    expect((await during).index.slots.has("bulk-1499")).toBe(true);
  });

  it.runIf(!postgres)("builds again when the log goes back (a database restored from an older backup)", async () => {
    const client = await db();
    await currentClaimIndex();
    await insertClaimBySql("restored", "The Brask granary was restored after the fire");
    // As if the file were replaced by a backup whose log ends earlier: the claim is there, its log row is not.
    await client.$executeRawUnsafe(`DELETE FROM "ClaimIndexChange"`);
    expect((await currentClaimIndex()).index.slots.has("restored")).toBe(true);
  });

  it("has its triggers on every table whose fields it reads", async () => {
    const client = await db();
    const tables = postgres
      ? await client.$queryRawUnsafe<Array<{ t: string }>>(
          `SELECT DISTINCT c.relname::text AS t FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE g.tgname = 'claim_index' ORDER BY 1`,
        )
      : await client.$queryRawUnsafe<Array<{ t: string }>>(
          `SELECT DISTINCT tbl_name AS t FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'claim_index_%' ORDER BY 1`,
        );
    expect(tables.map((r) => r.t)).toEqual(["Actor", "ActorAlias", "Claim", "ClaimSubject", "ClaimTag", "Tag"]);
  });

  it.runIf(postgres)(
    "sees a transaction that commits after a later one (sequence order is not commit order)",
    async () => {
      const client = await db();
      await currentClaimIndex();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let started!: () => void;
      const begun = new Promise<void>((r) => (started = r));
      const slow = client.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(
            `INSERT INTO "Claim" ("id", "slug", "text", "kind", "updatedAt") VALUES ('slow-tx', 'slow-tx', 'The Drenn grain silo burned down in the night', 'factual', now())`,
          );
          started();
          await gate;
        },
        { timeout: 20_000 },
      );
      await begun;
      // Committed second, logged first.
      await insertClaimBySql("fast-tx", "The Drenn grain convoy arrived in the night");
      const first = (await currentClaimIndex()).index;
      expect([first.slots.has("fast-tx"), first.slots.has("slow-tx")]).toEqual([true, false]);
      release();
      await slow;
      expect(await similarIds("The Drenn grain silo burned down in the night")).toContain("slow-tx");
    },
  );
});
