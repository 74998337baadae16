import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { databaseTarget } from "@/lib/db/target";
import { readSearchVersion, searchCache, searchCacheKey } from "@/lib/search/cache";
import { runSearch, type SearchRequest } from "@/lib/search/engine";
import { postgresBackend } from "@/lib/search/postgres";
import { postgresReader } from "@/lib/search/postgres-reader";
import { sqliteBackend } from "@/lib/search/sqlite";
import { searchReaderCount, sqliteReadPool } from "@/lib/search/sqlite-read-pool";
import { sqliteReader } from "@/lib/search/sqlite-reader";
import type { SearchPage } from "@/lib/search/types";
import { parseInput } from "@/lib/validation/parse";
import { encodeSearchCursor, MAX_SEARCH_RESULTS, searchQuery } from "@/lib/validation/search";

/**
 * The connections search reads through (lib/search/*-reader.ts, *-read-pool.ts); getDb() first, so
 * the database is set up exactly as for every other request.
 */
async function searchReader() {
  const target = databaseTarget(process.env);
  await getDb();
  if (target.provider === "postgresql") {
    const reader = postgresReader(target.url);
    return { target, reader, versionReader: reader };
  }
  const readers = searchReaderCount();
  const mainThread = sqliteReader(target.file);
  // The version is one row read by key (microseconds): a round trip to a worker thread would cost more
  // than the read, and a cached search is otherwise nothing but that read (ADR 0033).
  return { target, reader: readers > 0 ? sqliteReadPool(target.file, readers) : mainThread, versionReader: mainThread };
}

/**
 * @unchecked A counter, not data: callers check the principal before they read what it guards.
 * A number that grows with every committed write to a table the search reads (claims, their tags and
 * subjects, actors and aliases, sources, statements, evidence, cards; ADR 0009), or null before that
 * migration. Caches of data derived from those tables stay valid while it stays the same.
 */
export async function searchDataVersion(): Promise<number | null> {
  const { target, versionReader } = await searchReader();
  const version = await readSearchVersion(versionReader, target.provider);
  return version !== null && Number.isFinite(version) ? version : null;
}

/**
 * Full-text search over claims, sources, statements, evidence and actors. Staff only: drafts and
 * unpublished work are in the index, so there is no anonymous path to it.
 */
export async function search(principal: Principal | null, raw: unknown): Promise<SearchPage> {
  requirePermission(principal, "staff:read");
  const { q, type, limit, cursor, ...filters } = parseInput(searchQuery, raw);
  const { target, reader, versionReader } = await searchReader();
  const backend = target.provider === "postgresql" ? postgresBackend(reader) : sqliteBackend(reader);
  const request: SearchRequest = {
    q,
    type,
    filters,
    offset: cursor ?? 0,
    limit,
    maxResults: MAX_SEARCH_RESULTS,
    encodeCursor: encodeSearchCursor,
  };
  // CLAIMDESK_SEARCH_CACHE=off measures or rules out the cache (bench/load.ts runs both ways).
  if (process.env.CLAIMDESK_SEARCH_CACHE === "off") return runSearch(backend, request);
  // Read the version before searching: a page computed now is at least as new as that version.
  const version = await readSearchVersion(versionReader, target.provider);
  if (version === null || !Number.isFinite(version)) return runSearch(backend, request);
  return searchCache(target.url).get(version, searchCacheKey(request), () => runSearch(backend, request));
}

/** Choices for the filter form on /search: actors by name and tags by name (bounded lists). */
export async function searchFilterOptions(principal: Principal | null) {
  requirePermission(principal, "staff:read");
  const db = await getDb();
  const [actors, tags] = await Promise.all([
    db.actor.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 500 }),
    db.tag.findMany({ select: { name: true }, orderBy: { name: "asc" }, take: 300 }),
  ]);
  return { actors, tags: tags.map((t) => t.name) };
}
