import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { archiveOf, type RevisionArchive } from "@/lib/sources/archive";
import { decodeHtml, extractArticle, MIN_ARTICLE_CHARS } from "@/lib/sources/article";
import { fetchDocument, UrlImportError, type FetchOptions } from "@/lib/sources/fetch-url";
import { isPdf } from "@/lib/sources/file-input";
import { textFromPdf } from "@/lib/sources/pdf";
import { clip, contentHash, normaliseSourceText } from "@/lib/sources/text";
import { parseInput } from "@/lib/validation/parse";
import { sourceFromUrlInput } from "@/lib/validation/source-import";
import { createRevision } from "./revisions";
import { currentRevision } from "./revision-anchors";
import { createSource } from "./sources";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

export type ImportOutcome = "created" | "revised" | "unchanged";
export type ImportResult = {
  outcome: ImportOutcome;
  sourceId: string;
  title: string;
  publisher: string | null;
  author: string | null;
  publishedAt: Date | null;
  url: string | null;
  revision: { id: string; number: number; contentHash: string; snapshotHash: string | null };
};

/**
 * Fetches a web page or PDF and stores it as a source: a new source the first time, a new revision
 * when the text at that address changed since, and nothing when it is the same text.
 */
export async function importSourceFromUrl(
  principal: Principal | null,
  raw: unknown,
  fetchOptions: FetchOptions = {},
): Promise<ImportResult> {
  const user = requirePermission(principal, "source:write");
  const input = parseInput(sourceFromUrlInput, raw);
  const doc = await fetchDocument(input.url, fetchOptions);
  let text: string;
  let meta: { title: string | null; publisher: string | null; author: string | null; publishedAt: string | null };
  let url = doc.finalUrl;
  let archive: RevisionArchive;
  if (HTML_TYPES.has(doc.contentType)) {
    const article = extractArticle(decodeHtml(doc.body, doc.charset), doc.finalUrl);
    if (article.text.length < MIN_ARTICLE_CHARS)
      throw new UrlImportError(
        "empty_extraction",
        `The page has almost no article text (${article.text.length} characters): it may be behind a paywall or built by scripts. Paste the text instead.`,
      );
    text = article.text;
    meta = article;
    url = article.canonicalUrl ?? doc.finalUrl;
    archive = archiveOf(doc.body, doc.contentType, { url: doc.finalUrl });
  } else if (doc.contentType === "application/pdf" || isPdf(doc.body)) {
    const name = decodeURIComponent(new URL(doc.finalUrl).pathname.split("/").pop() || "The PDF");
    const pdf = await textFromPdf(doc.body, name).catch((e) => {
      throw new UrlImportError("no_text_layer", e instanceof Error ? e.message : String(e));
    });
    text = pdf.text;
    meta = { ...pdf, publisher: null, title: pdf.title ?? name.replace(/\.pdf$/i, "") };
    archive = archiveOf(doc.body, "application/pdf", { url: doc.finalUrl, pageStarts: pdf.pageStarts });
  } else {
    throw new UrlImportError(
      "unsupported_type",
      `The address serves ${doc.contentType || "an unknown type"}, not a web page or PDF.`,
    );
  }
  text = normaliseSourceText(text);

  const db = await getDb();
  const candidates = [...new Set([url, doc.finalUrl, doc.requestedUrl])];
  const existing = await db.source.findFirst({
    where: { url: { in: candidates } },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, publisher: true, author: true, publishedAt: true, url: true },
  });
  if (existing) {
    const previous = await currentRevision(db, existing.id);
    if (previous && previous.contentHash === contentHash(text))
      return {
        outcome: "unchanged",
        sourceId: existing.id,
        ...pickSource(existing),
        revision: {
          id: previous.id,
          number: previous.number,
          contentHash: previous.contentHash,
          snapshotHash: previous.snapshotHash,
        },
      };
    const revision = await createRevision(
      user,
      existing.id,
      { text, note: `Re-imported from ${doc.finalUrl}` },
      archive,
    );
    return {
      outcome: "revised",
      sourceId: existing.id,
      ...pickSource(existing),
      revision: {
        id: revision.id,
        number: revision.number,
        contentHash: revision.contentHash,
        snapshotHash: archive.snapshotHash,
      },
    };
  }
  const source = await createSource(
    user,
    {
      title: clip(meta.title, 300) ?? new URL(doc.finalUrl).hostname,
      text,
      kind: input.kind,
      publisher: clip(meta.publisher, 200),
      author: clip(meta.author, 200),
      url,
      publishedAt: meta.publishedAt,
    },
    archive,
  );
  return {
    outcome: "created",
    sourceId: source.id,
    ...pickSource(source),
    revision: {
      id: source.revision.id,
      number: 1,
      contentHash: source.revision.contentHash,
      snapshotHash: archive.snapshotHash,
    },
  };
}

function pickSource(s: {
  title: string;
  publisher: string | null;
  author: string | null;
  publishedAt: Date | null;
  url: string | null;
}) {
  return { title: s.title, publisher: s.publisher, author: s.author, publishedAt: s.publishedAt, url: s.url };
}

/** The archived page or PDF of a revision, for staff to download as it was fetched. */
export async function getRevisionSnapshot(principal: Principal | null, revisionId: string) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const row = await db.sourceRevision.findUnique({
    where: { id: revisionId },
    select: { snapshot: true, snapshotType: true, snapshotHash: true, fetchedFrom: true, fetchedAt: true },
  });
  return row?.snapshot ? row : null;
}
