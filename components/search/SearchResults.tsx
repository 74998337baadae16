import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { SearchHit, SearchPage } from "@/lib/search/types";
import { STANCE_LABELS, type Stance } from "@/lib/validation/evidence";
import { SEARCH_TYPE_LABELS } from "@/lib/validation/search";
import { truthLabel } from "@/lib/verdicts";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { EmptyState } from "@/components/ui/EmptyState";
import { Highlighted } from "./Highlighted";
import styles from "./search.module.css";

/** One result of any type: its type, the facts that type has, the highlighted title and snippet. */
function SearchResult({ hit }: { hit: SearchHit }) {
  const inSource = (hit.type === "statement" || hit.type === "evidence") && hit.sourceTitle;
  return (
    <li className={styles.result} data-testid="search-result" data-type={hit.type}>
      <div className={styles.meta}>
        <span className={styles.type}>{SEARCH_TYPE_LABELS[hit.type]}</span>
        {hit.type === "claim" && hit.status && <ClaimStatusBadge status={hit.status} />}
        {hit.type === "claim" && hit.verdict && <span>Verdict: {truthLabel(hit.verdict)}</span>}
        {hit.type === "evidence" && hit.stance && <span>{STANCE_LABELS[hit.stance as Stance] ?? hit.stance}</span>}
        {hit.publisher && <span>{hit.publisher}</span>}
        {inSource && <span>in {hit.sourceTitle}</span>}
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

/** The results of the search page, or why there are none (a bad query, no words yet, nothing matching). */
export function SearchResults({
  results,
  problem,
  query,
  filtered,
}: {
  results: SearchPage | null;
  /** What was wrong with the query, when the search refused it. */
  problem: string | null;
  query: string;
  filtered: boolean;
}) {
  if (problem)
    return (
      <div className="alert error" role="alert" style={{ marginTop: 16 }}>
        {problem}
      </div>
    );
  if (!results) return null;
  if (!query.trim())
    return (
      <p className="muted" style={{ marginTop: 16 }}>
        Type some words to search claims, sources, statements, evidence and actors.
      </p>
    );
  if (results.items.length === 0)
    return (
      <div style={{ marginTop: 16 }}>
        <EmptyState title="Nothing matches">
          {filtered ? "Try fewer filters or other words." : "Try other or fewer words."}
        </EmptyState>
      </div>
    );
  return (
    <ol className={styles.results} aria-label="Results">
      {results.items.map((hit) => (
        <SearchResult key={`${hit.type}:${hit.id}`} hit={hit} />
      ))}
    </ol>
  );
}
