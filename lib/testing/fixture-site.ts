// A fictional news site on 127.0.0.1 (ephemeral port) for import tests: an article with meta tags and
// JSON-LD, redirects, a 404, a huge page, a slow page, PDFs and a fact-check page with ClaimReview.
// Every person, place and outlet in it is invented.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { escapeHtml } from "../escape-html";

export const ARTICLE_PARAGRAPHS = [
  "[FICTIONAL] The harbour authority of Velmora said on Monday that the northern ferry will resume its winter timetable on 3 December, after three weeks of repairs to the landing stage.",
  '"The landing stage is safe again, and the ferry will run every forty minutes," said Ilse Marrow, the authority\'s operations chief, at a briefing in the harbour office.',
  "Residents of the Brask islands had complained that the replacement boat, a smaller launch, carried only forty passengers and skipped the evening crossing entirely.",
  "The authority put the cost of the repairs at 1.2 million crowns, more than double the estimate it published in October.",
];

export function articleHtml(paragraphs = ARTICLE_PARAGRAPHS, origin = "") {
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "Velmora ferry returns to winter timetable",
    datePublished: "2026-11-23T08:30:00+01:00",
    author: [{ "@type": "Person", name: "Tove Lindqvist" }],
    publisher: { "@type": "Organization", name: "Velmora Harbour Post" },
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry returns | Velmora Harbour Post</title>
<meta property="og:site_name" content="Velmora Harbour Post">
<meta property="og:title" content="Velmora ferry returns to winter timetable">
<meta name="author" content="Tove Lindqvist">
<meta property="article:published_time" content="2026-11-23T08:30:00+01:00">
<link rel="canonical" href="${origin}/news/velmora-ferry">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Velmora ferry returns to winter timetable</h1>
<p class="byline">By Tove Lindqvist</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Fictional gull census</a></li></ul></aside>
<footer>© Velmora Harbour Post (fictional)</footer></body></html>`;
}

export const CLAIM_REVIEW_PAGE_CLAIM = "The Brask bridge toll tripled in 2026.";

export function factCheckHtml() {
  const review = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: "https://factcheck.example/brask-toll",
    claimReviewed: CLAIM_REVIEW_PAGE_CLAIM,
    datePublished: "2026-11-20",
    author: { "@type": "Organization", name: "Nordholm Fact Desk", url: "https://factcheck.example" },
    reviewRating: {
      "@type": "Rating",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Mostly false",
    },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Person", name: "Rune Halvard", jobTitle: "Mayor of Brask (fictional)" },
      datePublished: "2026-11-12",
      appearance: [{ "@type": "CreativeWork", url: "https://news.example/brask-mayor-speech" }],
    },
  };
  return `<!doctype html><html><head><title>Did the Brask toll triple? | Nordholm Fact Desk</title>
<script type="application/ld+json">${JSON.stringify(review)}</script></head>
<body><article><h1>Did the Brask bridge toll triple?</h1><p>[FICTIONAL] No. The toll rose from 20 to 26 crowns.</p></article></body></html>`;
}

/** A PDF with one text page per entry; an empty entry draws a box instead, like a scanned page. */
export async function makePdf(pages: string[], info: { title?: string; author?: string } = {}) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  if (info.title) pdf.setTitle(info.title);
  if (info.author) pdf.setAuthor(info.author);
  pdf.setCreationDate(new Date("2026-10-05T10:00:00Z"));
  for (const text of pages) {
    const page = pdf.addPage([595, 842]);
    if (!text) page.drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    text.split("\n").forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 12, font }));
  }
  return Buffer.from(await pdf.save());
}

export const PDF_PAGES = [
  "[FICTIONAL] Ministry of Waterways, Republic of Orlen\nAnnual statement on canal maintenance",
  "The ministry dredged 41 kilometres of canal in 2026.\nLock 7 at Hessel will close for repairs in March.",
];

export type FixtureSite = {
  origin: string;
  /** Replace the article's paragraphs (the next fetch sees the change). */
  setArticle: (paragraphs: string[]) => void;
  hits: Map<string, number>;
  close: () => Promise<void>;
};

export async function startFixtureSite(options: { hugeBytes?: number } = {}): Promise<FixtureSite> {
  let paragraphs = ARTICLE_PARAGRAPHS;
  const hits = new Map<string, number>();
  const reportPdf = await makePdf(PDF_PAGES, { title: "Canal maintenance 2026", author: "Ministry of Waterways" });
  const scanPdf = await makePdf(["", ""]);
  const hugeBytes = options.hugeBytes ?? 12 * 1024 * 1024;
  let origin = "";
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const html = (body: string, status = 200) => {
      res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
      res.end(body);
    };
    switch (path) {
      case "/news/velmora-ferry":
        return html(articleHtml(paragraphs, origin));
      case "/r/ferry":
        res.writeHead(302, { location: "/news/velmora-ferry" });
        return res.end();
      case "/r/loop":
        res.writeHead(301, { location: "/r/loop" });
        return res.end();
      case "/paywalled":
        return html(
          `<html><head><title>Subscribers only</title><meta property="og:site_name" content="Velmora Harbour Post"></head><body><article><p>Subscribe to read.</p></article></body></html>`,
        );
      case "/huge": {
        // No content-length: the cap must hold on the streamed bytes.
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = "<p>" + "fictional filler ".repeat(4000) + "</p>";
        let sent = 0;
        const pump = () => {
          while (sent < hugeBytes) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("error", () => undefined);
        return pump();
      }
      case "/slow":
        return void setTimeout(() => html(articleHtml()), 5_000).unref();
      case "/data.json":
        res.writeHead(200, { "content-type": "application/json" });
        return res.end('{"fictional": true}');
      case "/reports/canals-2026.pdf":
        res.writeHead(200, { "content-type": "application/pdf" });
        return res.end(reportPdf);
      case "/reports/scan.pdf":
        res.writeHead(200, { "content-type": "application/pdf" });
        return res.end(scanPdf);
      case "/fact-checks/brask-toll":
        return html(factCheckHtml());
      default:
        return html("<html><body><h1>Not found</h1></body></html>", 404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    setArticle: (p) => void (paragraphs = p),
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
