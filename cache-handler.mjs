// Next's cache (full-route and data cache) for `next start`, configured in next.config.js. It is Next's
// own file-system cache with two additions (ADR 0024):
// 1. Every cached page carries its Content-Security-Policy: script-src 'self' plus the SHA-256 of each
//    inline script in that very copy, so pages served from the cache need no per-request nonce. The
//    policy is added to the entry's headers in set(), before Next sends the freshly rendered copy (the
//    same headers object), and checked again in get() for copies written before this rule existed.
// 2. Entries written before this process started (the build, an earlier run, perhaps on another
//    database) are not trusted: the first request renders them again.
// 3. "Not found" answers are not stored: anyone can ask for any /cards/<made-up slug>, and each would
//    otherwise leave a file behind. They are cheap to render again.
// 4. A copy whose request began before one of its tags was invalidated is not stored: it may hold data
//    read before the change (a card list rendering while a card is published), and Next would stamp it
//    with the time it was stored, after the invalidation, and serve it as fresh for 30 s.
import { cachedPagePolicy } from "./lib/http/csp-policy.mjs";
import { inlineScriptHashes } from "./lib/http/inline-scripts.mjs";
import { requestStartedAt } from "./lib/http/request-clock.mjs";

// Required when the module runs, not imported: Next also bundles this file into the proxy, and the
// bundler would hand over an empty stand-in for Next's own server module there.
const requireAtRuntime = process.getBuiltinModule("node:module").createRequire(import.meta.url);
const FileSystemCache = requireAtRuntime("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { tagsManifest } = requireAtRuntime("next/dist/server/lib/incremental-cache/tags-manifest.external.js");
const STARTED_AT = Date.now();
const CSP = "content-security-policy";

/** Adds the hash-based policy to a cached page's headers, in place (Next reuses the object). */
export function withCachedPagePolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || !value.headers) return value;
  value.headers[CSP] = cachedPagePolicy(inlineScriptHashes(value.html));
  return value;
}

const isNotFound = (value) => (value?.kind === "APP_PAGE" || value?.kind === "APP_ROUTE") && value.status === 404;

/** The tags a copy is invalidated by: a page's from its header, a data-cache entry's from Next's context. */
function tagsOf(value, ctx) {
  const header = value?.headers?.["x-next-cache-tags"];
  const pageTags = typeof header === "string" ? header.split(",") : [];
  return [...pageTags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

/**
 * True when one of the tags was invalidated at or after `since`, by Next's own record: `stale` is the
 * moment of a revalidateTag with a cache profile, `expired` that of one without (or a later expiry).
 */
export function invalidatedSince(tags, since) {
  const now = Date.now();
  return tags.some((tag) => {
    const { stale, expired } = tagsManifest.get(tag) ?? {};
    return [stale, expired].some((at) => typeof at === "number" && at >= since && at <= now);
  });
}

export default class ClaimdeskCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry || entry.lastModified < STARTED_AT) return null;
    if (entry.value?.kind === "APP_PAGE" && !entry.value.headers?.[CSP]) withCachedPagePolicy(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    withCachedPagePolicy(data);
    if (isNotFound(data)) return;
    const startedAt = requestStartedAt();
    if (startedAt !== undefined && invalidatedSince(tagsOf(data, ctx), startedAt)) return;
    return super.set(key, data, ctx);
  }
}
