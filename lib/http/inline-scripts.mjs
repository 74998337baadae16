// The SHA-256 of every inline script a browser would run in a page, for a hash-based CSP (the cached
// public pages, ADR 0024). The page is parsed with a real HTML tokenizer, not a regular expression;
// user text reaches the HTML only escaped by React, so only the framework's own scripts are found.
import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";

// Types a browser executes as classic or module script (HTML "JavaScript MIME type essence match").
const EXECUTED_TYPES = new Set([
  "",
  "module",
  "text/javascript",
  "application/javascript",
  "application/ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/jscript",
  "text/livescript",
]);

/**
 * @param {string} html
 * @returns {string[]} base64 SHA-256 of each executed inline script's text, in page order, without duplicates
 */
export function inlineScriptHashes(html) {
  /** @type {string[]} */
  const hashes = [];
  /** @type {string | null} */
  let text = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name !== "script") return;
        const type = (attrs.type ?? "").trim().toLowerCase();
        text = attrs.src === undefined && EXECUTED_TYPES.has(type) ? "" : null;
      },
      ontext(chunk) {
        if (text !== null) text += chunk;
      },
      onclosetag(name) {
        if (name !== "script" || text === null) return;
        const hash = createHash("sha256").update(text, "utf8").digest("base64");
        if (!hashes.includes(hash)) hashes.push(hash);
        text = null;
      },
    },
    // Script text is raw text: a browser hashes it as written, entities and all.
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return hashes;
}
