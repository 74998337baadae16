import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureSite, makePdf, PDF_PAGES, type FixtureSite } from "@/lib/testing/fixture-site";
import { isPrivateAddress } from "./address-guard";
import { decodeHtml, extractArticle } from "./article";
import { fetchDocument, UrlImportError } from "./fetch-url";
import { pageOf, textFromPdf } from "./pdf";

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite({ hugeBytes: 3 * 1024 * 1024 });
});
afterAll(() => site.close());

const local = { allowPrivate: true };
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e) => e,
  );
  expect(error).toBeInstanceOf(UrlImportError);
  return error as UrlImportError;
}

describe("address guard", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.20.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fe80::1",
    "fd00:ec2::254",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "ff02::1",
  ])("refuses %s", (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("allows %s", (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );

  it("treats anything that is not an IP address as unsafe", () => expect(isPrivateAddress("localhost")).toBe(true));
});

describe("fetchDocument", () => {
  it("refuses loopback, private and metadata addresses without the switch, before connecting", async () => {
    const before = site.hits.get("/news/velmora-ferry") ?? 0;
    for (const url of [
      `${site.origin}/news/velmora-ferry`,
      `http://localhost:${new URL(site.origin).port}/news/velmora-ferry`,
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/",
      "http://10.0.0.1/",
    ]) {
      const error = await refusal(fetchDocument(url, { allowPrivate: false, timeoutMs: 2000 }));
      expect(error.reason).toBe("private_address");
      expect(error.message).toMatch(/private or local network address/);
    }
    expect(site.hits.get("/news/velmora-ferry") ?? 0).toBe(before);
  });

  it("re-checks every redirect target: a public page cannot bounce the fetch to a private address", async () => {
    // The fixture itself is local, so allow it and check that a redirect is followed at all...
    const doc = await fetchDocument(`${site.origin}/r/ferry`, local);
    expect(doc.finalUrl).toBe(`${site.origin}/news/velmora-ferry`);
    expect(doc.contentType).toBe("text/html");
    // ...and that without the switch the very first hop is refused, redirects included.
    expect((await refusal(fetchDocument(`${site.origin}/r/ferry`, { allowPrivate: false }))).reason).toBe(
      "private_address",
    );
  });

  it("refuses other schemes and credentials in the address", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "not a url"])
      expect((await refusal(fetchDocument(url, local))).reason).toBe("bad_url");
    expect((await refusal(fetchDocument("http://user:pw@example.org/", local))).reason).toBe("bad_url");
  });

  it("stops after the redirect limit", async () => {
    const error = await refusal(fetchDocument(`${site.origin}/r/loop`, { ...local, maxRedirects: 3 }));
    expect(error.reason).toBe("too_many_redirects");
    expect(error.message).toBe("The page redirected more than 3 times.");
  });

  it("names a 404, a page over the size cap and a page that does not arrive in time", async () => {
    const missing = await refusal(fetchDocument(`${site.origin}/nowhere`, local));
    expect([missing.reason, missing.message]).toEqual(["not_found", "The page was not found (HTTP 404)."]);
    const huge = await refusal(fetchDocument(`${site.origin}/huge`, { ...local, maxBytes: 1024 * 1024 }));
    expect([huge.reason, huge.message]).toEqual(["too_large", "The page is larger than 1 MB, the import limit."]);
    const slow = await refusal(fetchDocument(`${site.origin}/slow`, { ...local, timeoutMs: 300 }));
    expect(slow.reason).toBe("timeout");
    expect(slow.fields).toEqual({ url: [slow.message] });
  });
});

describe("extractArticle", () => {
  it("keeps the story, drops navigation and asides, and reads metadata from JSON-LD and meta tags", async () => {
    const doc = await fetchDocument(`${site.origin}/news/velmora-ferry`, local);
    const article = extractArticle(decodeHtml(doc.body, doc.charset), doc.finalUrl);
    expect(article).toMatchObject({
      title: "Velmora ferry returns to winter timetable",
      publisher: "Velmora Harbour Post",
      author: "Tove Lindqvist",
      publishedAt: "2026-11-23",
      canonicalUrl: `${site.origin}/news/velmora-ferry`,
    });
    expect(article.text).toContain("The landing stage is safe again, and the ferry will run every forty minutes,");
    expect(article.text).toContain("\n\nResidents of the Brask islands");
    expect(article.text).not.toMatch(/Most read|Sport|©/);
  });

  it("falls back to meta tags when there is no JSON-LD, and to the byline when there is no author tag", () => {
    const html = `<html><head><meta property="og:title" content="Gull census"><meta property="og:site_name" content="Orlen Daily">
      <meta property="article:published_time" content="2026-02-01"></head><body><article><h1>Gull census</h1>
      <p class="byline">By Mira Sol</p><p>${"[FICTIONAL] Counters found more gulls on the pier than ever before. ".repeat(5)}</p></article></body></html>`;
    const article = extractArticle(html, "https://orlen.example/gulls");
    expect(article).toMatchObject({
      title: "Gull census",
      publisher: "Orlen Daily",
      author: "Mira Sol",
      publishedAt: "2026-02-01",
      canonicalUrl: null,
    });
  });

  it("decodes a page in its declared charset", () => {
    const latin1 = Buffer.from('<meta charset="iso-8859-1"><p>Malm\xf6</p>', "latin1");
    expect(decodeHtml(latin1, null)).toContain("Malmö");
    expect(decodeHtml(Buffer.from("<p>Malmö</p>"), "utf-8")).toContain("Malmö");
  });
});

describe("textFromPdf", () => {
  it("keeps each page's text and where each page starts", async () => {
    const pdf = await textFromPdf(await makePdf(PDF_PAGES, { title: "Canal maintenance 2026", author: "Ministry" }));
    expect(pdf.title).toBe("Canal maintenance 2026");
    expect(pdf.author).toBe("Ministry");
    expect(pdf.publishedAt).toBe("2026-10-05");
    expect(pdf.pageStarts).toHaveLength(2);
    expect(pdf.pageStarts[0]).toBe(0);
    const second = pdf.text.slice(pdf.pageStarts[1]);
    expect(second).toMatch(/^The ministry dredged 41 kilometres of canal in 2026\./);
    expect(pdf.text.slice(0, pdf.pageStarts[1])).toMatch(/Annual statement on canal maintenance\s*$/);
    expect(pageOf(pdf.pageStarts, pdf.text.indexOf("Lock 7"))).toBe(2);
    expect(pageOf(pdf.pageStarts, pdf.text.indexOf("Waterways"))).toBe(1);
  });

  it("refuses a PDF without a text layer and bytes that are not a PDF", async () => {
    await expect(textFromPdf(await makePdf(["", ""]), "scan.pdf")).rejects.toThrow(
      "scan.pdf has no text layer (it looks like a scan); run it through OCR first, then import the result.",
    );
    await expect(textFromPdf(new TextEncoder().encode("%PDF-1.4 broken"), "bad.pdf")).rejects.toThrow(
      "bad.pdf could not be read as a PDF.",
    );
  });
});
