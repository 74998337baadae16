import type { Range } from "./highlight";
import type { ParsedQuery } from "./query";
import type { SearchType } from "./schema-objects";

export type SearchFilters = {
  status?: string;
  verdict?: string;
  actor?: string;
  tag?: string;
  from?: Date;
  to?: Date;
};

/** Extra facts shown with a result; which ones depends on the type. */
export type SearchHitFields = {
  status?: string;
  verdict?: string | null;
  kind?: string;
  stance?: string;
  claimId?: string;
  sourceId?: string;
  sourceTitle?: string;
  speakerName?: string;
  publisher?: string | null;
  date?: string | null;
};

/** A ranked row before its snippet is fetched. `raw` is the provider's own relevance (higher is better). */
export type Candidate = {
  type: SearchType;
  id: string;
  docid?: number;
  raw: number;
  title: string;
  url: string;
  fields: SearchHitFields;
};

export type SearchHit = {
  type: SearchType;
  id: string;
  title: string;
  /** [start, end) UTF-16 offsets into `title` to render as <mark>. */
  titleHighlights: Range[];
  /** Plain text, never HTML. */
  snippet: string;
  /** [start, end) UTF-16 offsets into `snippet` to render as <mark>. */
  highlights: Range[];
  url: string;
  score: number;
} & SearchHitFields;

export type SearchPage = { items: SearchHit[]; nextCursor: string | null };

/**
 * One provider's SQL. Both see only sanitised queries (lib/search/query.ts) and bound parameters, and
 * answer each call with one statement where they can (a round trip costs more than most searches).
 */
export interface SearchBackend {
  /** The best `limit` rows of each type, each type's rows in its own order (best or newest first). */
  rank(types: SearchType[], query: ParsedQuery, filters: SearchFilters, limit: number): Promise<Candidate[]>;
  /** Sentinel-marked snippet candidates per `type:id`, in order of preference (lib/search/highlight.ts). */
  snippets(query: ParsedQuery, items: Candidate[]): Promise<Map<string, (string | null)[]>>;
}

/** The part of a Prisma client the search needs: raw SQL with bound parameters. */
export type RawQueryable = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };
