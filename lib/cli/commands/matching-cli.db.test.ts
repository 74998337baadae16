// The `match`, `similar` and `discrepancies` (by source id) CLI commands. Fictional texts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { createClaim } from "@/lib/services/claims";
import { createSource } from "@/lib/services/sources";
import { main } from "../main";

useTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-match-cli-"));

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), stdin: Readable.from([""]) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("matching CLI", () => {
  it("match prints passages with exact offsets and ranked claims", async () => {
    const text = "[FICTIONAL] Rain fell.\n\nThe Lisec council denied that it sold the old harbour to Brask Holdings.";
    const file = path.join(dir, "article.txt");
    const claims = path.join(dir, "claims.json");
    writeFileSync(file, text);
    writeFileSync(
      claims,
      JSON.stringify([
        { id: "sale", text: "The Lisec council sold the old harbour to Brask Holdings", kind: "factual" },
        { id: "bridge", text: "The Ubrava bridge was closed for repairs", kind: "factual" },
      ]),
    );
    const result = await cli(["match", file, "--claims", claims, "--json"]);
    expect(result.code).toBe(0);
    const { matches } = JSON.parse(result.out);
    expect(matches).toHaveLength(1);
    expect(text.slice(matches[0].start, matches[0].end)).toBe(matches[0].text);
    expect(matches[0].claims[0]).toMatchObject({ id: "sale", stance: "contradicts" });
    writeFileSync(claims, "{not json");
    expect(await cli(["match", file, "--claims", claims])).toMatchObject({ code: 1 });
    expect((await cli(["match", file])).code).toBe(2);
  });

  it("similar warns about a likely duplicate; discrepancies reads sources by id with hedges", async () => {
    const analyst = await makeUser("analyst");
    await createClaim(analyst, { text: "The Karvash mill burned down in the spring storm", kind: "factual" });
    const similar = await cli(["similar", "The spring storm burned down the Karvash mill"]);
    expect(similar.out).toMatch(/^Warning: this claim may already exist\./);
    expect(similar.out).toContain("The Karvash mill burned down in the spring storm");

    const a = await createSource(analyst, {
      title: "Mill A",
      text: "[FICTIONAL] Three workers were reportedly injured in the Karvash mill fire.",
    });
    const b = await createSource(analyst, {
      title: "Mill B",
      text: "[FICTIONAL] Nine workers were injured in the Karvash mill fire.",
    });
    const found = await cli(["discrepancies", a.id, b.id]);
    expect(found.code).toBe(0);
    expect(found.out).toContain("[reportedly]");
    expect(found.out).toContain(`source:${b.id}`);
    expect((await cli(["discrepancies", "nosuchsource0000"])).err).toMatch(/no imported source with that id/);
  });
});
