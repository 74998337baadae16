import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { createClaim } from "@/lib/services/claims";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { main } from "../main";

useTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-export-"));

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), stdin: Readable.from([""]) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("export", () => {
  it("writes CSV to a file and JSON to standard output, and names bad datasets", async () => {
    const analyst = await makeUser("analyst");
    const claim = await createClaim(analyst, { text: 'The "Brask" toll, they said,\ntripled', kind: "factual" });
    const file = path.join(dir, "claims.csv");
    const written = await cli(["export", "claims", "--out", file]);
    expect(written).toMatchObject({ code: 0, err: `Wrote 1 claims to ${file}.` });
    const rows = parse(readFileSync(file, "utf8"), { columns: true, bom: true });
    expect(rows).toEqual([expect.objectContaining({ id: claim.id, text: 'The "Brask" toll, they said,\ntripled' })]);
    const json = await cli(["export", "claims", "--format", "json", "--status", "draft"]);
    expect(JSON.parse(json.out)).toEqual([expect.objectContaining({ id: claim.id })]);
    const bad = await cli(["export", "passwords"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/Export one of: claims, evidence, statements, reviews, cards\./);
  });
});
