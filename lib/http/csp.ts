// Content-Security-Policy for pages rendered per request: scripts only with the per-request nonce
// (Next.js attaches it to its own scripts), no plugins, no foreign forms. Only /embed/* may be framed,
// by anyone. Cached public pages carry a hash-based policy instead (cache-handler.mjs, ADR 0024).
import { pagePolicy } from "./csp-policy.mjs";

export { cachedPagePolicy } from "./csp-policy.mjs";

export function contentSecurityPolicy(nonce: string, options: { frameable: boolean; dev: boolean }): string {
  return pagePolicy({
    scriptSources: ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    frameable: options.frameable,
  });
}

export const isFrameablePath = (pathname: string) => pathname === "/embed" || pathname.startsWith("/embed/");

/**
 * Pages served from Next's full-route cache in production: the card list and its older pages, each card, each card
 * version and the methodology page. Their CSP comes with the cached copy (hashes of that copy's inline scripts), so the proxy
 * sets none: a second policy would be enforced too and block those scripts.
 */
export function isCachedPublicPage(pathname: string): boolean {
  return (
    pathname === "/methodology" ||
    /^\/cards\/page\/[^/]+$/.test(pathname) ||
    /^\/cards(?:\/(?!feed\.xml$)[^/]+(?:\/v\/[^/]+)?)?\/?$/.test(pathname)
  );
}

/** The embed runs no script at all; its policy needs no nonce either. */
export const embedPolicy = () => pagePolicy({ scriptSources: ["'none'"], frameable: true });
