"use client";
import { useEffect, useRef, useState } from "react";
import { moreSuggestions } from "@/lib/actions/reader";
import { attributionLine, excerpt, statementBadges } from "@/lib/reader/highlights";
import type { suggestionPage } from "@/lib/services/suggestions";
import { Badge } from "@/components/ui/Badge";
import { ShowInText } from "./ShowInText";
import { SuggestionActions } from "./SuggestionActions";
import { useReader } from "./ReaderWorkspace";

type Page = NonNullable<Awaited<ReturnType<typeof suggestionPage>>>;
type Item = Page["items"][number];
/** Items shown beyond the first page, and the first page they follow. */
type Extra = { after: Page; items: Item[]; hasMore: boolean };

/** Suggestions fetched per "Show more"; the server sends the first page of the same size. */
const PAGE = 50;

const afterOf = (item: Item) => ({ start: item.start, id: item.id });

function SuggestionItem({ g, canWrite }: { g: Item; canWrite: boolean }) {
  const label = `suggestion “${excerpt(g.text, 40)}”`;
  return (
    <li data-testid="suggestion-item" data-id={g.id} tabIndex={-1}>
      <blockquote className="quote small suggestion-quote">{excerpt(g.text)}</blockquote>
      <div className="small">
        <b>{g.speakerName ?? "Unknown speaker"}</b>{" "}
        {attributionLine({ cue: g.cue, kind: g.kind, via: g.viaName ? { name: g.viaName } : null, viaText: null })}{" "}
        {statementBadges({ anonymous: g.anonymous, hedges: g.hedges, via: g.viaName, viaText: null }).map((b) => (
          <Badge key={b} kind="weak">
            {b}
          </Badge>
        ))}
      </div>
      <ShowInText id={g.id} label={label} />
      {canWrite && <SuggestionActions suggestion={g} label={label} />}
    </li>
  );
}

/**
 * The extractor's open proposals, a page at a time (a 2 MB source has up to 2,000; all stay highlighted
 * in the text). "Show more" fetches the next page and moves focus to its first item. After a refresh
 * (an accept or dismiss re-renders the first page) the same number of further items is fetched again.
 */
export function SuggestionList({ sourceId, canWrite, first }: { sourceId: string; canWrite: boolean; first: Page }) {
  const reader = useReader();
  const [extra, setExtra] = useState<Extra | null>(null);
  const [loading, setLoading] = useState<"idle" | "loading" | "failed">("idle");
  const focusId = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // Until the refetch after a refresh lands, earlier extra items stay (minus any now on the first page),
  // so nothing the person is working on blinks out of the list.
  const firstIds = new Set(first.items.map((g) => g.id));
  const extraItems = extra ? extra.items.filter((g) => !firstIds.has(g.id)) : [];
  const items = [...first.items, ...extraItems];
  const hasMore = extra ? extra.hasMore : first.hasMore;

  useEffect(() => {
    if (!extra || extra.after === first) return;
    const last = first.items.at(-1);
    let live = true;
    const wanted = Math.min(extra.items.length, 200);
    if (!last || !wanted) return;
    moreSuggestions(sourceId, { after: afterOf(last), limit: wanted }).then((page) => {
      if (live && page) setExtra({ after: first, items: page.items, hasMore: page.hasMore });
    });
    return () => {
      live = false;
    };
  }, [first, extra, sourceId]);

  useEffect(() => {
    if (!focusId.current) return;
    listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusId.current)}"]`)?.focus();
    focusId.current = null;
  });

  async function showMore() {
    const last = items.at(-1);
    if (!last) return;
    setLoading("loading");
    const page = await moreSuggestions(sourceId, { after: afterOf(last), limit: PAGE }).catch(() => null);
    if (!page) return setLoading("failed");
    setLoading("idle");
    setExtra({ after: first, items: [...extraItems, ...page.items], hasMore: page.hasMore });
    focusId.current = page.items[0]?.id ?? null;
    const shown = items.length + page.items.length;
    reader.announce(`Showing ${shown.toLocaleString("en")} of ${page.total.toLocaleString("en")} suggestions.`);
  }

  return (
    <section className="side-section" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading" tabIndex={-1}>
        Suggestions ({first.total.toLocaleString("en")})
      </h2>
      {items.length === 0 ? (
        <p className="small muted">
          No pending suggestions. The extractor proposes quotations when a text is imported or revised.
        </p>
      ) : (
        <>
          <p className="small muted">
            Proposed by the extractor (dashed underline). Nothing counts until someone accepts it.
          </p>
          <ul className="side-list" ref={listRef}>
            {items.map((g) => (
              <SuggestionItem key={g.id} g={g} canWrite={canWrite} />
            ))}
          </ul>
          {hasMore && (
            <div className="row-actions">
              <span className="small muted" data-testid="suggestions-shown">
                Showing {items.length.toLocaleString("en")} of {first.total.toLocaleString("en")}; all are highlighted
                in the text.
              </span>
              <button type="button" className="secondary" onClick={showMore} disabled={loading === "loading"}>
                {loading === "loading" ? "Loading…" : `Show ${PAGE} more suggestions`}
              </button>
              {loading === "failed" && (
                <span className="small error" role="alert">
                  More suggestions could not be loaded. Try again.
                </span>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
