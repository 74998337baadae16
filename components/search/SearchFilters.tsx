import Link from "next/link";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import type { searchFilterOptions } from "@/lib/services/search";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "@/lib/validation/claims";
import { SEARCH_TYPES, SEARCH_TYPE_LABELS } from "@/lib/validation/search";
import { TRUTH_LABELS, TRUTH_VERDICTS } from "@/lib/verdicts";
import styles from "./search.module.css";

export type SearchParams = Partial<
  Record<"q" | "type" | "status" | "verdict" | "actor" | "tag" | "from" | "to", string>
>;
type Options = Awaited<ReturnType<typeof searchFilterOptions>>;

/** The search page's GET form: words, one select per filter, a date range, and "Clear filters" when filtered. */
export function SearchFilters({
  params,
  options,
  filtered,
}: {
  params: SearchParams;
  options: Options;
  filtered: boolean;
}) {
  const selects: { name: keyof SearchParams; label: string; any: string; choices: [string, string][] }[] = [
    { name: "type", label: "Type", any: "All types", choices: SEARCH_TYPES.map((t) => [t, SEARCH_TYPE_LABELS[t]]) },
    {
      name: "status",
      label: "Claim status",
      any: "Any status",
      choices: CLAIM_STATUSES.map((s) => [s, CLAIM_STATUS_LABELS[s]]),
    },
    {
      name: "verdict",
      label: "Verdict (latest card)",
      any: "Any verdict",
      choices: TRUTH_VERDICTS.map((v) => [v, TRUTH_LABELS[v]]),
    },
    { name: "actor", label: "Actor", any: "Any actor", choices: options.actors.map((a) => [a.id, a.name]) },
    { name: "tag", label: "Tag", any: "Any tag", choices: options.tags.map((t) => [t, t]) },
  ];
  return (
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
      {selects.map((s) => (
        <div className="field" key={s.name}>
          <label htmlFor={`search-${s.name}`}>{s.label}</label>
          <select id={`search-${s.name}`} name={s.name} defaultValue={params[s.name] ?? ""}>
            <option value="">{s.any}</option>
            {s.choices.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ))}
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
        Status, verdict and tag narrow to claims; actor to claims (claimant or subject) and statements (speaker). Dates
        are when a row was added, or when a source was published.
      </p>
    </form>
  );
}
