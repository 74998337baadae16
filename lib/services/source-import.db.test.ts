import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { parsePageStarts } from "@/lib/sources/archive";
import { UrlImportError } from "@/lib/sources/fetch-url";
import { bytesHash, contentHash } from "@/lib/sources/text";
import { makeUser } from "@/lib/testing/factories";
import { ARTICLE_PARAGRAPHS, makePdf, PDF_PAGES, startFixtureSite, type FixtureSite } from "@/lib/testing/fixture-site";
import { useTestDatabase } from "@/lib/testing/test-database";
import { sourceInputFromFile } from "@/lib/sources/file-input";
import { getRevisionSnapshot, importSourceFromUrl } from "./source-import";
import { getSource } from "./sources";

const { db } = useTestDatabase();
let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite({ hugeBytes: 2 * 1024 * 1024 });
});
afterAll(() => site.close());
afterEach(() => {
  delete process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE;
  site.setArticle(ARTICLE_PARAGRAPHS);
});

const allowLocal = () => (process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE = "1");

describe("importSourceFromUrl", () => {
  it("stores the article with its metadata, the raw HTML as a snapshot and the hashes of both", async () => {
    allowLocal();
    const analyst = await makeUser("analyst");
    const result = await importSourceFromUrl(analyst, { url: `${site.origin}/r/ferry` });
    expect(result).toMatchObject({
      outcome: "created",
      title: "Velmora ferry returns to winter timetable",
      publisher: "Velmora Harbour Post",
      author: "Tove Lindqvist",
      url: `${site.origin}/news/velmora-ferry`,
    });
    expect(result.publishedAt?.toISOString().slice(0, 10)).toBe("2026-11-23");
    const source = await getSource(analyst, result.sourceId);
    expect(source.revision.text).toContain("The landing stage is safe again");
    expect(source.revision.contentHash).toBe(contentHash(source.revision.text));
    const snapshot = await getRevisionSnapshot(analyst, source.revision.id);
    const html = Buffer.from(snapshot!.snapshot!).toString("utf8");
    expect(html).toContain('<script type="application/ld+json">');
    expect(snapshot).toMatchObject({
      snapshotType: "text/html",
      snapshotHash: bytesHash(Buffer.from(html)),
      fetchedFrom: `${site.origin}/news/velmora-ferry`,
    });
    const audit = await (await db()).auditEvent.findFirst({ where: { entityId: result.sourceId } });
    expect(audit?.action).toBe("create");
  });

  it("re-importing the same address: same text gives the existing source, changed text a new revision", async () => {
    allowLocal();
    const analyst = await makeUser("analyst");
    const first = await importSourceFromUrl(analyst, { url: `${site.origin}/news/velmora-ferry` });
    const again = await importSourceFromUrl(analyst, { url: `${site.origin}/r/ferry` });
    expect(again).toMatchObject({ outcome: "unchanged", sourceId: first.sourceId, revision: { number: 1 } });

    site.setArticle([...ARTICLE_PARAGRAPHS, "[Correction] An earlier version gave the wrong date for the timetable."]);
    const revised = await importSourceFromUrl(analyst, { url: `${site.origin}/news/velmora-ferry` });
    expect(revised).toMatchObject({ outcome: "revised", sourceId: first.sourceId, revision: { number: 2 } });
    const revisions = await (
      await db()
    ).sourceRevision.findMany({ where: { sourceId: first.sourceId }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(revisions[1].text).toContain("[Correction]");
    expect(revisions[0].text).not.toContain("[Correction]");
    expect(revisions[1].snapshotHash).not.toBe(revisions[0].snapshotHash);
    expect(revisions[1].note).toBe(`Re-imported from ${site.origin}/news/velmora-ferry`);
    expect(await (await db()).source.count({ where: { url: `${site.origin}/news/velmora-ferry` } })).toBe(1);
  });

  it("imports a PDF by URL with its page starts, and refuses a scan without a text layer", async () => {
    allowLocal();
    const analyst = await makeUser("analyst");
    const result = await importSourceFromUrl(analyst, { url: `${site.origin}/reports/canals-2026.pdf` });
    expect(result).toMatchObject({
      outcome: "created",
      title: "Canal maintenance 2026",
      author: "Ministry of Waterways",
    });
    const revision = await (await db()).sourceRevision.findUniqueOrThrow({ where: { id: result.revision.id } });
    const starts = parsePageStarts(revision.pageStarts);
    expect(starts).toHaveLength(2);
    expect(revision.text.slice(starts[1])).toMatch(/^The ministry dredged 41 kilometres/);
    expect(revision.snapshotType).toBe("application/pdf");
    const scan = await importSourceFromUrl(analyst, { url: `${site.origin}/reports/scan.pdf` }).catch((e) => e);
    expect(scan).toBeInstanceOf(UrlImportError);
    expect(scan.message).toMatch(/has no text layer/);
  });

  it("names paywall-like pages, non-HTML answers, 404s and pages over the cap, and stores nothing", async () => {
    allowLocal();
    const analyst = await makeUser("analyst");
    const before = await (await db()).source.count();
    const reason = (url: string, options = {}) =>
      importSourceFromUrl(analyst, { url: site.origin + url }, options).then(
        () => "imported",
        (e: UrlImportError) => [e.reason, e.message],
      );
    expect(await reason("/paywalled")).toEqual([
      "empty_extraction",
      "The page has almost no article text (18 characters): it may be behind a paywall or built by scripts. Paste the text instead.",
    ]);
    expect(await reason("/data.json")).toEqual([
      "unsupported_type",
      "The address serves application/json, not a web page or PDF.",
    ]);
    expect((await reason("/gone"))[0]).toBe("not_found");
    expect((await reason("/huge", { maxBytes: 1024 * 1024 }))[0]).toBe("too_large");
    expect(await (await db()).source.count()).toBe(before);
  });

  it("refuses the local server without CLAIMDESK_FETCH_ALLOW_PRIVATE=1", async () => {
    const analyst = await makeUser("analyst");
    const error = await importSourceFromUrl(analyst, { url: `${site.origin}/news/velmora-ferry` }).catch((e) => e);
    expect(error).toBeInstanceOf(UrlImportError);
    expect(error.reason).toBe("private_address");
    expect(error.status).toBe(422);
  });

  it("checks the role before reading input or fetching anything", async () => {
    allowLocal();
    const reviewer = await makeUser("reviewer");
    const hits = site.hits.get("/news/velmora-ferry") ?? 0;
    await expect(importSourceFromUrl(reviewer, { url: `${site.origin}/news/velmora-ferry` })).rejects.toThrow(
      ForbiddenError,
    );
    expect(site.hits.get("/news/velmora-ferry") ?? 0).toBe(hits);
  });
});

describe("sourceInputFromFile", () => {
  it("reads a PDF file into text, page starts and an archive", async () => {
    const bytes = await makePdf(PDF_PAGES);
    const input = await sourceInputFromFile("reports/canal-report.pdf", bytes);
    expect(input.fields.title).toBe("canal report");
    expect(input.archive?.snapshotType).toBe("application/pdf");
    expect(input.archive!.pageStarts).toHaveLength(2);
    expect(input.text).toContain("Lock 7 at Hessel");
  });
});
