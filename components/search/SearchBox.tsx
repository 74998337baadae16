"use client";
// The header search: results as you type (debounced calls to /api/v1/search), a keyboard-navigable
// listbox (ARIA 1.2 combobox: arrows move, Enter opens, Escape closes), and a plain GET form to
// /search underneath, so it works before JavaScript has loaded too.
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { SearchHit } from "@/lib/search/types";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { SEARCH_TYPE_LABELS } from "@/lib/validation/search";
import { Highlighted } from "./Highlighted";
import styles from "./search.module.css";

export const SEARCH_DEBOUNCE_MS = 180;
const SUGGESTIONS = 8;

type State =
  | { status: "idle" }
  | { status: "loading"; items: SearchHit[] }
  | { status: "done"; items: SearchHit[] }
  | { status: "error"; message: string };

export function SearchBox() {
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<State>({ status: "idle" });

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
  }, [q]);

  // A new page closes the list.
  useEffect(() => {
    setOpen(false);
    setActive(-1);
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

  const items = state.status === "done" || state.status === "loading" ? state.items : [];
  const hasQuery = q.trim().length > 0;
  const expanded = open && hasQuery;
  // The last option always leads to the full results page.
  const optionCount = items.length + 1;
  const allIndex = items.length;
  const optionId = (i: number) => `${id}-option-${i}`;
  const allHref = `/search?${new URLSearchParams({ q })}`;

  const go = (href: string) => {
    setOpen(false);
    setActive(-1);
    router.push(href);
  };
  const choose = (index: number) => go(index >= 0 && index < items.length ? items[index].url : allHref);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!hasQuery) return;
      setOpen(true);
      setActive((a) => (a + 1) % optionCount);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      if (!hasQuery) return;
      setOpen(true);
      setActive((a) => (a <= 0 ? optionCount - 1 : a - 1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (!hasQuery) return;
      choose(expanded ? active : -1);
    } else if (e.key === "Escape") {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (q) {
        e.preventDefault();
        setQ("");
      }
    } else if (e.key === "Tab") {
      setOpen(false);
    }
  };

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
        <label htmlFor={`${id}-input`} className={styles.srOnly}>
          Search
        </label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          className={styles.input}
          type="search"
          name="q"
          placeholder="Search claims, sources, actors… ( / )"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </form>
      <div className={styles.panel} hidden={!expanded} data-testid="search-panel">
        <p className={state.status === "error" ? styles.error : styles.message} role="status" aria-live="polite">
          {expanded ? status : ""}
        </p>
        <ul id={`${id}-listbox`} role="listbox" aria-label="Search results" className={styles.list}>
          {items.map((hit, i) => (
            <li
              key={`${hit.type}:${hit.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={active === i}
              className={styles.option}
              // Keep focus in the input so the list stays open until the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(i)}
            >
              <span className={styles.optionTitle}>
                <span className={styles.type}>{SEARCH_TYPE_LABELS[hit.type]}</span>
                <Highlighted text={hit.title} ranges={hit.titleHighlights} />
              </span>
              {hit.snippet && (
                <span className={styles.optionSnippet}>
                  <Highlighted text={hit.snippet} ranges={hit.highlights} />
                </span>
              )}
            </li>
          ))}
          {hasQuery && (
            <li
              id={optionId(allIndex)}
              role="option"
              aria-selected={active === allIndex}
              className={`${styles.option} ${styles.all}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(allIndex)}
              onClick={() => choose(allIndex)}
            >
              See all results for “{q.trim()}”
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
