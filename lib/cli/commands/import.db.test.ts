import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makePdf, PDF_PAGES, startFixtureSite, type FixtureSite } from "@/lib/testing/fixture-site";
import { useTestDatabase } from "@/lib/testing/test-database";
import { main } from "../main";

const { db } = useTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-import-"));
let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());
afterEach(() => void delete process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE);

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), stdin: Readable.from([""]) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("import --url", () => {
  it("imports each address, reports progress and failures, and goes on past a failing one", async () => {
    process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE = "1";
    const result = await cli([
      "import",
      "--url",
      `${site.origin}/news/velmora-ferry`,
      "--url",
      `${site.origin}/missing`,
      "--url",
      `${site.origin}/r/ferry`,
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^Imported .*\/news\/velmora-ferry as source \w+ \("Velmora ferry returns to winter timetable", Velmora Harbour Post, Tove Lindqvist, revision 1\)\.\nUnchanged, already imported: .*\/r\/ferry/,
    );
    expect(result.err).toContain(`${site.origin}/missing: The page was not found (HTTP 404).`);
    expect(result.err).toMatch(/\[1\/3\] 33% · [\d.]+\/s · \d+s left/);
    expect(result.err).toMatch(/\[3\/3\] 100%/);
    expect(await (await db()).source.count({ where: { url: `${site.origin}/news/velmora-ferry` } })).toBe(1);
  });

  it("refuses a local address without the switch", async () => {
    const result = await cli(["import", "--url", `${site.origin}/news/velmora-ferry`]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/private or local network address/);
  });
});

describe("import of PDF files", () => {
  it("imports a PDF with its page starts and refuses a scan, importing nothing when one file is bad", async () => {
    const report = path.join(dir, "canal-report.pdf");
    const scan = path.join(dir, "scan.pdf");
    writeFileSync(report, await makePdf(PDF_PAGES, { title: "Canal maintenance 2026" }));
    writeFileSync(scan, await makePdf([""]));
    const refused = await cli(["import", report, scan]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${scan} has no text layer`);
    expect(await (await db()).source.count({ where: { title: "Canal maintenance 2026" } })).toBe(0);
    const ok = await cli(["import", report]);
    expect(ok).toMatchObject({ code: 0 });
    const revision = await (
      await db()
    ).sourceRevision.findFirstOrThrow({
      where: { source: { title: "Canal maintenance 2026" } },
    });
    expect(revision.pageStarts).toEqual([0, expect.any(Number)]);
    expect(revision.snapshotType).toBe("application/pdf");
  });
});
