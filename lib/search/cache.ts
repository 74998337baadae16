// Ranked result pages cached per normalised query until the searched data changes. Analysts repeat
// searches (paging back, the same name all morning, a whole desk after one breaking story), and a broad
// query costs tens of milliseconds of a single SQLite thread; a cached page costs a map lookup.
//
// Validity comes from the database, not from this process: every write to a table the search reads
// bumps a version in the same transaction (migrations *_search_version), and each search reads that
// version first (one indexed read). A page is served only for the version it was computed at or
// after, so a commit by any connection or process is seen by the next search. No TTL is needed.
import { deepFreeze } from "@/lib/deep-freeze";
import { parseSearchQuery } from "./query";
import type { RawQueryable, SearchPage } from "./types";
import type { SearchRequest } from "./engine";

/** Enough for a desk's working set of queries; a page of 50 hits with snippets is ~20 KB. */
export const SEARCH_CACHE_ENTRIES = 500;

/** SQL returning the current search version as column "v" (one row). */
export const SEARCH_VERSION_SQL = {
  sqlite: `SELECT "n" AS "v" FROM "search_version" WHERE "id" = 1`,
  postgresql: `SELECT ((SELECT "n" FROM "claimdesk_search"."change_base" WHERE "id" = 1) + (SELECT count(*) FROM "claimdesk_search"."change_log"))::text AS "v"`,
} as const;

/**
 * The current version, or null when the database lacks the version objects (a migration not yet
 * applied): search then works uncached rather than failing.
 */
export async function readSearchVersion(
  db: RawQueryable,
  dialect: keyof typeof SEARCH_VERSION_SQL,
): Promise<number | null> {
  try {
    const rows = await db.$queryRawUnsafe<{ v: unknown }[]>(SEARCH_VERSION_SQL[dialect]);
    return Number(rows[0]?.v);
  } catch (error) {
    if (error instanceof Error && /no such table|does not exist/i.test(error.message)) return null;
    throw error;
  }
}

/**
 * The same key for requests that must give the same page: the parsed terms (so spacing, stray
 * operators and duplicate words do not matter), type, filters and the page window. Term text keeps its
 * case: case folding is the database's business (and PostgreSQL's depends on its locale).
 */
export function searchCacheKey(request: Pick<SearchRequest, "q" | "type" | "filters" | "offset" | "limit">): string {
  const { terms } = parseSearchQuery(request.q);
  const f = request.filters;
  return JSON.stringify([
    terms.map((t) => [t.text, t.phrase, t.prefix]),
    request.type ?? null,
    [
      f.status ?? null,
      f.verdict ?? null,
      f.actor ?? null,
      f.tag ?? null,
      f.from?.getTime() ?? null,
      f.to?.getTime() ?? null,
    ],
    request.offset,
    request.limit,
  ]);
}

export class SearchCache {
  private version = -1;
  /** Insertion order is recency order: a hit moves its entry to the end, the oldest is dropped first. */
  private readonly entries = new Map<string, Promise<SearchPage>>();

  constructor(private readonly maxEntries = SEARCH_CACHE_ENTRIES) {}

  get size() {
    return this.entries.size;
  }

  /**
   * The page for `key` at database version `version`. Concurrent callers of one key share one
   * computation. A caller that read an older version than the newest seen (a write landed between two
   * searches' version reads) computes its own page and stores nothing.
   */
  get(version: number, key: string, compute: () => Promise<SearchPage>): Promise<SearchPage> {
    if (version < this.version) return compute();
    if (version > this.version) {
      this.entries.clear();
      this.version = version;
    }
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    // Frozen: one page object is shared by every caller, and the API keeps its shaped text (shapedJson).
    const pending = compute().then(deepFreeze);
    this.entries.set(key, pending);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }
}

const holder = globalThis as unknown as { claimdeskSearchCache?: { url: string; cache: SearchCache } };

/** The process-wide cache for one database (replaced when the database changes, as between test files). */
export function searchCache(databaseUrl: string): SearchCache {
  if (holder.claimdeskSearchCache?.url !== databaseUrl)
    holder.claimdeskSearchCache = { url: databaseUrl, cache: new SearchCache() };
  return holder.claimdeskSearchCache.cache;
}
