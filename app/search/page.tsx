import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { ValidationError } from "@/lib/errors";
import type { SearchPage as Results } from "@/lib/search/types";
import { search, searchFilterOptions } from "@/lib/services/search";
import { SearchFilters, type SearchParams } from "@/components/search/SearchFilters";
import { SearchResults } from "@/components/search/SearchResults";
import { Pagination } from "@/components/ui/Pagination";

export const metadata: Metadata = { title: "Search" };

const PARAMS = ["q", "type", "status", "verdict", "actor", "tag", "from", "to"] as const;
type Params = SearchParams & { cursor?: string };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const params: Params = Object.fromEntries(
    [...PARAMS, "cursor"]
      .map((k) => [k, first(raw[k])])
      .filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  );
  const query = new URLSearchParams(params as Record<string, string>).toString();
  const { principal } = await pageGate("staff:read", query ? `/search?${query}` : "/search");

  let results: Results | null = null;
  let problem: string | null = null;
  try {
    results = await search(principal, { ...params, limit: "20" });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    problem = e.message.replace(/^Invalid input: /, "");
  }
  const options = await searchFilterOptions(principal);
  const filtered = PARAMS.some((k) => k !== "q" && params[k]);
  const { cursor, ...kept } = params;

  return (
    <div>
      <div className="page-head">
        <h1>Search</h1>
      </div>
      <SearchFilters params={params} options={options} filtered={filtered} />
      <SearchResults results={results} problem={problem} query={params.q ?? ""} filtered={filtered} />
      {results && <Pagination basePath="/search" query={kept} nextCursor={results.nextCursor} isFirstPage={!cursor} />}
    </div>
  );
}
