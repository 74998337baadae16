import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/guard";
import { ValidationError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import type { SearchHit, SearchPage as Results } from "@/lib/search/types";
import { search, searchFilterOptions } from "@/lib/services/search";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "@/lib/validation/claims";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { SEARCH_TYPES, SEARCH_TYPE_LABELS } from "@/lib/validation/search";
import { TRUTH_LABELS, TRUTH_VERDICTS, truthLabel } from "@/lib/verdicts";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { Highlighted } from "@/components/search/Highlighted";
import styles from "@/components/search/search.module.css";
import { EmptyState } from "@/components/ui/EmptyState";
import { Pagination } from "@/components/ui/Pagination";

export const metadata: Metadata = { title: "Search" };

const PARAMS = ["q", "type", "status", "verdict", "actor", "tag", "from", "to"] as const;
type Params = Partial<Record<(typeof PARAMS)[number] | "cursor", string>>;

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
  let problem: ValidationError | null = null;
  try {
    results = await search(principal, { ...params, limit: "20" });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    problem = e;
  }
  const options = await searchFilterOptions(principal);
  const filtered = PARAMS.some((k) => k !== "q" && params[k]);
  const { cursor, ...kept } = params;

  return (
    <div>
      <div className="page-head">
        <h1>Search</h1>
      </div>
      <form
        role="search"
        action="/search"
        method="get"
        className={`panel ${styles.filters}`}
        aria-label="Search and filters"
      >
        <div className={`field ${styles.wide}`}>
          <label htmlFor="search-q">Words or &quot;an exact phrase&quot;</label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
          />
        </div>
        <Select
          name="type"
          label="Type"
          value={params.type}
          options={SEARCH_TYPES.map((t) => [t, SEARCH_TYPE_LABELS[t]])}
          any="All types"
        />
        <Select
          name="status"
          label="Claim status"
          value={params.status}
          options={CLAIM_STATUSES.map((s) => [s, CLAIM_STATUS_LABELS[s]])}
          any="Any status"
        />
        <Select
          name="verdict"
          label="Verdict (latest card)"
          value={params.verdict}
          options={TRUTH_VERDICTS.map((v) => [v, TRUTH_LABELS[v]])}
          any="Any verdict"
        />
        <Select
          name="actor"
          label="Actor"
          value={params.actor}
          options={options.actors.map((a) => [a.id, a.name])}
          any="Any actor"
        />
        <Select name="tag" label="Tag" value={params.tag} options={options.tags.map((t) => [t, t])} any="Any tag" />
        <div className="field">
          <label htmlFor="search-from">From</label>
          <input id="search-from" name="from" type="date" defaultValue={params.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="search-to">To</label>
          <input id="search-to" name="to" type="date" defaultValue={params.to ?? ""} />
        </div>
        <div className={styles.actions}>
          <button className="primary" type="submit">
            Search
          </button>
          {filtered && (
            <Link href={params.q ? `/search?${new URLSearchParams({ q: params.q })}` : "/search"}>Clear filters</Link>
          )}
        </div>
        <p className={`small muted ${styles.wide}`} style={{ margin: 0 }}>
          Status, verdict and tag narrow to claims; actor to claims (claimant or subject) and statements (speaker).
          Dates are when a row was added, or when a source was published.
        </p>
      </form>

      {problem && (
        <div className="alert error" role="alert" style={{ marginTop: 16 }}>
          {problem.message.replace(/^Invalid input: /, "")}
        </div>
      )}
      {results && !params.q?.trim() && !problem && (
        <p className="muted" style={{ marginTop: 16 }}>
          Type some words to search claims, sources, statements, evidence and actors.
        </p>
      )}
      {results && params.q?.trim() && results.items.length === 0 && (
        <div style={{ marginTop: 16 }}>
          <EmptyState title="Nothing matches">
            {filtered ? "Try fewer filters or other words." : "Try other or fewer words."}
          </EmptyState>
        </div>
      )}
      {results && results.items.length > 0 && (
        <ol className={styles.results} aria-label="Results">
          {results.items.map((hit) => (
            <ResultItem key={`${hit.type}:${hit.id}`} hit={hit} />
          ))}
        </ol>
      )}
      {results && <Pagination basePath="/search" query={kept} nextCursor={results.nextCursor} isFirstPage={!cursor} />}
    </div>
  );
}

function Select({
  name,
  label,
  value,
  options,
  any,
}: {
  name: string;
  label: string;
  value?: string;
  options: [string, string][];
  any: string;
}) {
  return (
    <div className="field">
      <label htmlFor={`search-${name}`}>{label}</label>
      <select id={`search-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

function ResultItem({ hit }: { hit: SearchHit }) {
  return (
    <li className={styles.result} data-testid="search-result" data-type={hit.type}>
      <div className={styles.meta}>
        <span className={styles.type}>{SEARCH_TYPE_LABELS[hit.type]}</span>
        {hit.type === "claim" && hit.status && <ClaimStatusBadge status={hit.status} />}
        {hit.type === "claim" && hit.verdict && <span>Verdict: {truthLabel(hit.verdict)}</span>}
        {hit.type === "evidence" && hit.stance && <span>{hit.stance}</span>}
        {hit.publisher && <span>{hit.publisher}</span>}
        {(hit.type === "statement" || hit.type === "evidence") && hit.sourceTitle && <span>in {hit.sourceTitle}</span>}
        {hit.date && <span>{formatDate(hit.date)}</span>}
      </div>
      <h2>
        <Link href={hit.url}>
          <Highlighted text={hit.title} ranges={hit.titleHighlights} />
        </Link>
      </h2>
      {hit.snippet && (
        <p className={styles.snippet}>
          <Highlighted text={hit.snippet} ranges={hit.highlights} />
        </p>
      )}
    </li>
  );
}
