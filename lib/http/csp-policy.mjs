// The one Content-Security-Policy for pages, in plain JavaScript so that both the proxy (through
// lib/http/csp.ts) and Next's cache handler (cache-handler.mjs, loaded by Node without a build step)
// build it from the same list. Only the script sources differ: a per-request nonce on pages rendered
// per request, the SHA-256 hashes of the page's own inline scripts on pages served from the cache.

/**
 * @param {{ scriptSources: string[], frameable: boolean }} options
 * @returns {string}
 */
export function pagePolicy({ scriptSources, frameable }) {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    // Inline style attributes are used for layout; they cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? "*" : "'none'"}`,
  ].join("; ");
}

/**
 * The policy of a cached page: same-origin script files, and inline scripts only when their exact
 * text hashes to one of `hashes` (base64 SHA-256). No nonce, no 'unsafe-inline', no 'strict-dynamic'.
 * @param {string[]} hashes
 * @param {{ frameable?: boolean }} [options]
 */
export function cachedPagePolicy(hashes, options = {}) {
  return pagePolicy({
    scriptSources: ["'self'", ...hashes.map((h) => `'sha256-${h}'`)],
    frameable: options.frameable ?? false,
  });
}
