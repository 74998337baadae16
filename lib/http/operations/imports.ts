import { claimReviewImportInput } from "@/lib/validation/claimreview";
import { sourceFromUrlInput } from "@/lib/validation/source-import";
import type { ApiOperations } from "./types";
import * as records from "../responses/records";
import { exportFile, revisionTextFile, snapshotFile } from "../responses/files";

const writers = "analyst, editor, admin";

/** Issue 17: sources from web pages and PDFs, exports and ClaimReview import. */
export const importOperations: ApiOperations = {
  "/sources/from-url": {
    post: {
      summary:
        "Fetch a public web page or PDF and import it: the article text with title, publisher, author, date and canonical URL, the raw page archived beside it. 201 with outcome `created`; 200 with `revised` (the address's text changed: new revision) or `unchanged`. 422 for private addresses, 404s, non-HTML, timeouts, pages over 10 MB and paywall-like empty pages",
      auth: writers,
      body: sourceFromUrlInput,
      status: 201,
      otherStatus: 200,
      response: records.urlImportResult,
    },
  },
  "/revisions/{revisionId}/snapshot": {
    get: {
      summary:
        "The archived page or PDF of a revision imported from a URL or PDF, as fetched (a download; hash in X-Content-Hash); 404 when the revision has none",
      auth: "staff",
      response: snapshotFile,
    },
  },
  "/revisions/{revisionId}/text": {
    get: {
      summary:
        "A revision's text as plain UTF-8, the offsets of evidence and statements count in it (UTF-16). Immutable: a changed text is a new revision, so the answer may be cached for good; 404 for an unknown revision",
      auth: "staff",
      response: revisionTextFile,
    },
  },
  "/imports/claimreview": {
    post: {
      summary:
        "Import other organisations' published fact-checks as draft claims: `url` of a fact-check page (its ClaimReview JSON-LD) or `json` (ClaimReview JSON-LD or a Fact Check Tools claim search response). The claimant becomes an actor, appearances link to sources with that address (fetched with `fetchAppearances`), and the rating is stored as an external review, never as ours. Fact-checks imported before are reported `unchanged`",
      auth: writers,
      body: claimReviewImportInput,
      response: records.claimReviewImport,
    },
  },
  "/exports/{dataset}": {
    get: {
      summary:
        "Download claims, evidence, statements, reviews or cards (`dataset`) as CSV (RFC 4180), JSON, or for evidence W3C Web Annotation JSON-LD (`format=jsonld`); filtered like the list pages by claim `status`, `claimId` or `sourceId`. Reviews: editors and admins only",
      auth: "staff (reviews: editor, admin)",
      query: ["format", "status", "claimId", "sourceId"],
      response: exportFile,
    },
  },
};
