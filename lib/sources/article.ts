// Turns a fetched HTML page into an article: Readability picks the story out of the page furniture,
// and the page's own metadata (JSON-LD first, then meta tags) names title, publisher, author, date
// and canonical address.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText } from "./html";
import { isoDay } from "@/lib/format";
import { normaliseSourceText } from "./text";

export type PageMetadata = {
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
};

export type Article = PageMetadata & { text: string };

/** Fewer readable characters than this and the page is a teaser, a paywall or a script-built shell. */
export const MIN_ARTICLE_CHARS = 200;

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|WebPage)$/;

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const typesOf = (o: JsonObject) => [o["@type"]].flat().filter((t): t is string => typeof t === "string");

/** Every object in the page's JSON-LD blocks, @graph members included; broken blocks are skipped. */
export function jsonLdObjects(document: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      found.push(value);
      if (Array.isArray(value["@graph"])) value["@graph"].forEach(visit);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A malformed block says nothing; the meta tags may still.
    }
  }
  return found;
}

const nameOf = (v: unknown): string | null => {
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(", ") : null;
  }
  return str(v) ?? (isObject(v) ? str(v.name) : null);
};

function fromJsonLd(objects: JsonObject[]): Partial<PageMetadata> {
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage"));
  const page = objects.find((o) => typesOf(o).includes("WebPage"));
  const site = objects.find((o) => typesOf(o).includes("WebSite"));
  const main = article ?? page;
  if (!main && !site) return {};
  const mainEntity = main?.mainEntityOfPage;
  return {
    title: str(main?.headline) ?? str(main?.name),
    publisher: nameOf(main?.publisher) ?? str(site?.name),
    author: nameOf(main?.author),
    publishedAt: str(main?.datePublished) ?? str(main?.dateCreated),
    canonicalUrl: str(main?.url) ?? (isObject(mainEntity) ? str(mainEntity["@id"]) : str(mainEntity)),
  };
}

function fromMetaTags(document: Document): Partial<PageMetadata> {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el =
        document.querySelector(`meta[property="${key}"]`) ?? document.querySelector(`meta[name="${key}"]`) ?? null;
      const content = str(el?.getAttribute("content"));
      if (content) return content;
    }
    return null;
  };
  return {
    title: meta("og:title", "twitter:title", "citation_title", "dc.title"),
    publisher: meta("og:site_name", "application-name", "citation_publisher", "dc.publisher"),
    author: meta("author", "article:author", "citation_author", "dc.creator", "parsely-author"),
    publishedAt: meta("article:published_time", "citation_publication_date", "date", "dc.date", "pubdate"),
    canonicalUrl: str(document.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? meta("og:url"),
  };
}

/** The first non-empty value per field, in order of trust. */
function merge(...parts: Partial<PageMetadata>[]): PageMetadata {
  const pick = (k: keyof PageMetadata) => parts.map((p) => p[k]).find((v) => !!v) ?? null;
  return {
    title: pick("title"),
    publisher: pick("publisher"),
    author: pick("author"),
    publishedAt: pick("publishedAt"),
    canonicalUrl: pick("canonicalUrl"),
  };
}

/** A date as YYYY-MM-DD (the source form's precision), or null when the page's date is not a date. */
export function dateOnly(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1];
  const date = new Date(iso ?? value);
  return Number.isNaN(date.getTime()) ? null : (iso ?? isoDay(date));
}

function absoluteHttpUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

export function extractArticle(html: string, pageUrl: string): Article {
  const { document } = parseHTML(html);
  const declared = merge(
    fromJsonLd(jsonLdObjects(document as unknown as Document)),
    fromMetaTags(document as unknown as Document),
  );
  // Readability mutates the document, so the metadata is read first.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const text = normaliseSourceText(parsed?.content ? htmlToText(parsed.content).text : "").trim();
  const byline = str(parsed?.byline)?.replace(/^by\s+/i, "") ?? null;
  return {
    title: declared.title ?? str(parsed?.title) ?? null,
    publisher: declared.publisher ?? str(parsed?.siteName),
    author: declared.author ?? byline,
    publishedAt: dateOnly(declared.publishedAt ?? str(parsed?.publishedTime)),
    canonicalUrl: absoluteHttpUrl(declared.canonicalUrl, pageUrl),
    text,
  };
}

/** The page's bytes as text: the HTTP charset, else a <meta charset>, else UTF-8. */
export function decodeHtml(body: Buffer, charset: string | null): string {
  const head = body.subarray(0, 2048).toString("latin1");
  const declared =
    charset ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? (body[0] === 0xef ? "utf-8" : "utf-8");
  try {
    return new TextDecoder(declared.toLowerCase()).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}
