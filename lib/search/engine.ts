// Provider-neutral part of a search: which types to ask, merging their ranked lists into one,
// paging, and turning sentinel-marked snippets into text plus highlight ranges.
import { hasMarks, highlightWords, parseMarked, titleMatch } from "./highlight";
import { parseSearchQuery, withSpellingVariants, type ParsedQuery } from "./query";
import { SEARCH_TYPES, type SearchType } from "./schema-objects";
import type { Candidate, SearchBackend, SearchFilters, SearchHit, SearchPage } from "./types";

export type SearchRequest = {
  q: string;
  type?: SearchType;
  filters: SearchFilters;
  offset: number;
  limit: number;
  /** No result beyond this rank is ever returned (ranked results are only worth so many pages). */
  maxResults: number;
  encodeCursor: (offset: number) => string;
};

/** Types whose title is the thing's own name, so an exact title match is a strong signal. */
const TITLED: ReadonlySet<SearchType> = new Set(["claim", "source", "actor"]);
/** Order among equal scores: the desk's main objects first. */
const TYPE_ORDER: Record<SearchType, number> = { claim: 0, actor: 1, source: 2, statement: 3, evidence: 4 };

/** Which types can satisfy the filters: claim-only filters (status, verdict, tag) leave only claims. */
export function typesFor(type: SearchType | undefined, filters: SearchFilters): SearchType[] {
  let types: SearchType[] = type ? [type] : [...SEARCH_TYPES];
  if (filters.status || filters.verdict || filters.tag) types = types.filter((t) => t === "claim");
  if (filters.actor) types = types.filter((t) => t === "claim" || t === "statement");
  return types;
}

/**
 * One comparable score per row. Relevance numbers of different types (and providers) are not on one
 * scale (bm25's idf depends on each table's statistics), so each type's relevance is divided by its best
 * row's: the best claim, the best source… all start at 1. Claims, sources and actors then get +0.5 when
 * their title holds every query word and +1 more when the title is exactly the query, so an exact title
 * beats a passing mention on both providers whatever the corpus statistics.
 */
export function scoreOf(candidate: Candidate, query: ParsedQuery, bestOfType: number): number {
  const base = bestOfType > 0 ? Math.max(0, candidate.raw) / bestOfType : 0;
  const match = TITLED.has(candidate.type) ? titleMatch(candidate.title, query) : 0;
  return Math.round((base + (match === 2 ? 1.5 : match === 1 ? 0.5 : 0)) * 1e6) / 1e6;
}

/** Database errors that can only come from query syntax; the sanitiser should make them impossible. */
const QUERY_SYNTAX_ERROR =
  /fts5: syntax error|unterminated string|syntax error in tsquery|no operand in tsquery|unknown special query/i;

export async function runSearch(backend: SearchBackend, request: SearchRequest): Promise<SearchPage> {
  const query = withSpellingVariants(parseSearchQuery(request.q));
  const types = typesFor(request.type, request.filters);
  if (!query.terms.length || !types.length || request.offset >= request.maxResults)
    return { items: [], nextCursor: null };
  const end = Math.min(request.offset + request.limit, request.maxResults);
  try {
    const candidates = await backend.rank(types, query, request.filters, end + 1);
    // Equal scores keep each type's own order (best or newest first), types in TYPE_ORDER.
    const positions = new Map<SearchType, number>();
    const best = new Map<SearchType, number>();
    for (const c of candidates) best.set(c.type, Math.max(best.get(c.type) ?? 0, c.raw));
    const ranked = candidates
      .map((candidate) => {
        const position = positions.get(candidate.type) ?? 0;
        positions.set(candidate.type, position + 1);
        return { candidate, position, score: scoreOf(candidate, query, best.get(candidate.type) ?? 0) };
      })
      .sort(
        (a, b) =>
          b.score - a.score || TYPE_ORDER[a.candidate.type] - TYPE_ORDER[b.candidate.type] || a.position - b.position,
      );
    const page = ranked.slice(request.offset, end);
    const snippets = page.length
      ? await backend.snippets(
          query,
          page.map((r) => r.candidate),
        )
      : new Map<string, (string | null)[]>();
    const items = page.map(({ candidate, score }) =>
      toHit(candidate, score, query, snippets.get(`${candidate.type}:${candidate.id}`) ?? []),
    );
    return { items, nextCursor: ranked.length > end && end < request.maxResults ? request.encodeCursor(end) : null };
  } catch (error) {
    if (error instanceof Error && QUERY_SYNTAX_ERROR.test(error.message)) {
      console.warn("Search query was not accepted by the database; answering with no results.", error.message);
      return { items: [], nextCursor: null };
    }
    throw error;
  }
}

function toHit(candidate: Candidate, score: number, query: ParsedQuery, marked: (string | null)[]): SearchHit {
  // The first snippet that shows a match; else the first non-empty one as context.
  const best = marked.find(hasMarks) ?? marked.find((m) => !!m && m.trim()) ?? "";
  const snippet = parseMarked(best);
  return {
    type: candidate.type,
    id: candidate.id,
    title: candidate.title,
    titleHighlights: highlightWords(candidate.title, query),
    snippet: snippet.text,
    highlights: snippet.highlights,
    url: candidate.url,
    score,
    ...candidate.fields,
  };
}
