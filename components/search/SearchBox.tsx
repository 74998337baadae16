"use client";
// The header search: results as you type (debounced calls to /api/v1/search), a keyboard-navigable
// listbox (the shared combobox, useCombobox: arrows move, Enter opens, Escape closes, a second Escape
// clears), and a plain GET form to /search underneath, so it works before JavaScript has loaded too.
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { SearchHit } from "@/lib/search/types";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { SEARCH_TYPE_LABELS } from "@/lib/validation/search";
import { ComboboxOptions } from "@/components/forms/ComboboxOptions";
import { useCombobox } from "@/components/forms/useCombobox";
import { Highlighted } from "./Highlighted";
import styles from "./search.module.css";

export const SEARCH_DEBOUNCE_MS = 180;
const SUGGESTIONS = 8;

/** An option of the list: a result, or (without `hit`) the full results page. */
type Suggestion = { key: string; href: string; hit?: SearchHit };

type State =
  | { status: "idle" }
  | { status: "loading"; items: SearchHit[] }
  | { status: "done"; items: SearchHit[] }
  | { status: "error"; message: string };

export function SearchBox() {
  const router = useRouter();
  const pathname = usePathname();
  const inputRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ status: "idle" });

  const items = state.status === "done" || state.status === "loading" ? state.items : [];
  const hasQuery = q.trim().length > 0;
  const allHref = `/search?${new URLSearchParams({ q })}`;
  // The last option always leads to the full results page.
  const options: Suggestion[] = hasQuery
    ? [...items.map((hit) => ({ key: `${hit.type}:${hit.id}`, href: hit.url, hit })), { key: "all", href: allHref }]
    : [];
  const expanded = open && hasQuery;
  const go = (href: string) => {
    setOpen(false);
    router.push(href);
  };
  const combobox = useCombobox({
    count: options.length,
    open: expanded,
    onOpenChange: setOpen,
    onChoose: (i) => go(options[i].href),
    // Enter without a highlighted option opens the full results page.
    onEnterWithoutOption: () => hasQuery && go(allHref),
    onEscapeWhenClosed: q ? () => setQ("") : undefined,
  });
  const { id, setActive } = combobox;

  useEffect(() => {
    if (!q.trim()) {
      setState({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ status: "loading", items: s.status === "done" || s.status === "loading" ? s.items : [] }));
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/v1/search?${new URLSearchParams({ q, limit: String(SUGGESTIONS) })}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
          credentials: "same-origin",
        });
        const body = await res.json().catch(() => null);
        if (controller.signal.aborted) return;
        if (!res.ok) {
          setState({
            status: "error",
            message:
              res.status === 401
                ? "Your session has ended; sign in again to search."
                : (body?.error?.message ?? "Search is not available right now."),
          });
          return;
        }
        setState({ status: "done", items: Array.isArray(body?.items) ? body.items : [] });
        setActive(-1);
      } catch {
        if (!controller.signal.aborted) setState({ status: "error", message: "Search is not available right now." });
      }
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, setActive]);

  // A new page closes the list.
  useEffect(() => {
    setOpen(false);
  }, [pathname]);

  // "/" anywhere outside a text field focuses the search box.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const status =
    state.status === "loading"
      ? "Searching…"
      : state.status === "error"
        ? state.message
        : state.status === "done"
          ? items.length
            ? `${items.length} result${items.length === 1 ? "" : "s"}${items.length === SUGGESTIONS ? " shown" : ""}`
            : "No results"
          : "";

  return (
    <div className={styles.box}>
      <form role="search" action="/search" method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={id} className={styles.srOnly}>
          Search
        </label>
        <input
          {...combobox.inputProps}
          ref={inputRef}
          id={id}
          className={styles.input}
          type="search"
          name="q"
          placeholder="Search claims, sources, actors… ( / )"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
      </form>
      <div className={styles.panel} hidden={!expanded} data-testid="search-panel">
        <p className={state.status === "error" ? styles.error : styles.message} role="status" aria-live="polite">
          {expanded ? status : ""}
        </p>
        <ComboboxOptions
          combobox={combobox}
          label="Search results"
          className={styles.list}
          items={options}
          itemKey={(o) => o.key}
          optionClassName={(o) => (o.hit ? styles.option : `${styles.option} ${styles.all}`)}
          renderItem={({ hit }) =>
            hit ? (
              <>
                <span className={styles.optionTitle}>
                  <span className={styles.type}>{SEARCH_TYPE_LABELS[hit.type]}</span>
                  <Highlighted text={hit.title} ranges={hit.titleHighlights} />
                </span>
                {hit.snippet && (
                  <span className={styles.optionSnippet}>
                    <Highlighted text={hit.snippet} ranges={hit.highlights} />
                  </span>
                )}
              </>
            ) : (
              <>See all results for “{q.trim()}”</>
            )
          }
        />
      </div>
    </div>
  );
}
