// The index compaction behind `npm run cli -- optimize-search`, on SQLite and PostgreSQL.
import { Readable } from "node:stream";
import { describe, expect, inject, it } from "vitest";
import { main } from "@/lib/cli/main";
import { createClaim } from "@/lib/services/claims";
import { search } from "@/lib/services/search";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";

const { db } = useTestDatabase();

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), stdin: Readable.from([]) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** FTS5 keeps one row per segment and term page in `<table>_idx`: distinct segids are the segments. */
const claimIndexSegments = async () =>
  Number(
    (
      await (
        await db()
      ).$queryRawUnsafe<{ n: unknown }[]>(`SELECT count(DISTINCT "segid") AS n FROM "search_claim_idx"`)
    )[0].n,
  );

describe("optimize-search", () => {
  it("compacts the index without changing what a search finds", async () => {
    const analyst = await makeUser("analyst");
    // Each claim is its own transaction, so SQLite's full-text index gains a segment per claim.
    for (const place of ["Harrowgate", "Lindqvist", "Marrowby"])
      await createClaim(analyst, { text: `The ${place} ferry (fictional) sank in the zqmaint storm`, kind: "factual" });
    const before = (await search(analyst, { q: "zqmaint ferry" })).items.map((h) => h.id).sort();
    expect(before).toHaveLength(3);
    if (inject("testDbProvider") === "sqlite") expect(await claimIndexSegments()).toBeGreaterThan(1);

    const run = await cli(["optimize-search"]);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toMatch(/^(sqlite|postgresql): search index compacted in \d+\.\d s\.$/);
    if (inject("testDbProvider") === "sqlite") expect(await claimIndexSegments()).toBe(1);
    expect((await search(analyst, { q: "zqmaint ferry" })).items.map((h) => h.id).sort()).toEqual(before);
  });

  it("refuses arguments it does not take", async () => {
    expect(await cli(["optimize-search", "--now"])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/no arguments/),
    });
  });
});
