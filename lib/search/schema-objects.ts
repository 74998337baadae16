// The database objects the search migrations add outside the Prisma model
// (prisma/migrations/*_search, prisma/postgresql/migrations/*_search). The drift test ignores
// exactly these and stays strict for everything else. No imports: used by lib/testing/catalog.ts.

export const SEARCH_TYPES = ["claim", "source", "statement", "evidence", "actor"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * SQLite: the docid map, one FTS5 table per type with its word list (fts5vocab, `_terms`), and the
 * version that result caching checks.
 */
export const SQLITE_SEARCH_TABLES: readonly string[] = [
  "search_doc",
  "search_version",
  ...SEARCH_TYPES.map((t) => `search_${t}`),
  ...SEARCH_TYPES.map((t) => `search_${t}_terms`),
];
/** The tables whose writes change search results: each bumps the search version (lib/search/cache.ts). */
export const SEARCH_SOURCE_TABLES = [
  "Claim",
  "ClaimTag",
  "ClaimSubject",
  "CardVersion",
  "Source",
  "SourceRevision",
  "Statement",
  "Evidence",
  "Actor",
  "ActorAlias",
  "Tag",
] as const;
/** FTS5 keeps each virtual table's data in these shadow tables. */
export const FTS5_SHADOW_SUFFIXES = ["_data", "_idx", "_content", "_docsize", "_config"] as const;

export function isSqliteSearchTable(name: string): boolean {
  if (SQLITE_SEARCH_TABLES.includes(name)) return true;
  return SEARCH_TYPES.some((t) => FTS5_SHADOW_SUFFIXES.some((suffix) => name === `search_${t}${suffix}`));
}

/** PostgreSQL: the generated tsvector column on each table. */
export const PG_SEARCH_COLUMN = "search_tsv";
export const PG_SEARCH_TABLES = [
  "Claim",
  "Tag",
  "Source",
  "SourceRevision",
  "Statement",
  "Evidence",
  "Actor",
  "ActorAlias",
] as const;
/** PostgreSQL: the GIN indexes on those columns plus one helper index. */
export const PG_SEARCH_INDEXES: readonly string[] = [
  ...PG_SEARCH_TABLES.map((t) => `${t}_search_tsv_idx`),
  "ClaimTag_tagId_search_idx",
];

export function isPgSearchColumn(table: string, column: string, dataType: string): boolean {
  return (
    column === PG_SEARCH_COLUMN && dataType === "tsvector" && (PG_SEARCH_TABLES as readonly string[]).includes(table)
  );
}

/** The statements that compact the search index, per database, in order (lib/search/maintenance.ts). */
export const SEARCH_OPTIMIZE_SQL = {
  sqlite: SEARCH_TYPES.map((t) => `INSERT INTO "search_${t}"("search_${t}") VALUES ('optimize')`),
  postgresql: [
    ...PG_SEARCH_INDEXES.filter((index) => index.endsWith("_search_tsv_idx")).map(
      (index) => `SELECT gin_clean_pending_list('"${index}"'::regclass)`,
    ),
    `ANALYZE ${PG_SEARCH_TABLES.map((t) => `"${t}"`).join(", ")}`,
  ],
} as const;
