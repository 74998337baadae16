"use client";
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { highlightDetails } from "@/lib/actions/reader";
import type { HighlightInfo } from "@/lib/reader/highlights";
import { Badge } from "@/components/ui/Badge";

/** A highlight's details: loaded, on their way, or not to be had. */
type Details = HighlightInfo | "loading" | "failed";

type Tip = { ids: string[]; top: number; left: number };

/** The highlights under an element: the innermost mark first, then the marks around it. */
function highlightIdsAt(element: Element | null, root: Element): string[] {
  const ids: string[] = [];
  for (
    let el = element?.closest("mark[data-h]");
    el && root.contains(el);
    el = el.parentElement?.closest("mark[data-h]")
  ) {
    const id = el.getAttribute("data-h");
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Shows the details of the highlights under the pointer or focus. Details are fetched when a highlight
 * is first opened (a 2 MB source has thousands; the page sends none, ADR 0029) and kept until `fresh`
 * changes: the page passes the text it renders, a new element after every server refresh.
 */
export function useHighlightTooltip(rootRef: RefObject<HTMLElement | null>, sourceId: string, fresh: unknown) {
  const [tip, setTip] = useState<Tip | null>(null);
  const [details, setDetails] = useState<Record<string, Details>>({});
  const known = useRef<Record<string, Details>>({});
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    known.current = {};
    setDetails({});
  }, [fresh]);

  const load = useCallback(
    (ids: string[]) => {
      const missing = ids.filter((id) => !known.current[id] || known.current[id] === "failed");
      if (!missing.length) return;
      const settle = (entries: Array<[string, Details]>) => {
        known.current = { ...known.current, ...Object.fromEntries(entries) };
        setDetails(known.current);
      };
      settle(missing.map((id) => [id, "loading"]));
      highlightDetails(sourceId, missing)
        .then((found) => {
          const byId = new Map((found ?? []).map((h) => [h.id, h]));
          settle(missing.map((id) => [id, byId.get(id) ?? "failed"]));
        })
        .catch(() => settle(missing.map((id) => [id, "failed"])));
    },
    [sourceId],
  );

  const showFor = useCallback(
    (target: EventTarget | null) => {
      const root = rootRef.current;
      if (!root || !(target instanceof Element)) return;
      const ids = highlightIdsAt(target, root);
      if (!ids.length) return;
      clearTimeout(hideTimer.current);
      const mark = target.closest("mark[data-h]")!;
      const box = mark.getBoundingClientRect();
      setTip({ ids, top: box.bottom + 6, left: Math.max(8, Math.min(box.left, window.innerWidth - 380)) });
      load(ids);
    },
    [rootRef, load],
  );

  const hide = useCallback(() => {
    clearTimeout(hideTimer.current);
    setTip(null);
  }, []);
  // Leaving a mark with the mouse waits a moment so the pointer can move onto the tooltip.
  const hideSoon = useCallback(() => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setTip(null), 250);
  }, []);
  const keep = useCallback(() => clearTimeout(hideTimer.current), []);

  // The tooltip is placed in viewport coordinates; scrolling would leave it behind.
  useEffect(() => {
    if (!tip) return;
    window.addEventListener("scroll", hide, { passive: true, once: true });
    return () => window.removeEventListener("scroll", hide);
  }, [tip, hide]);

  const handlers = useMemo(
    () => ({
      onFocus: (e: React.FocusEvent) => showFor(e.target),
      onBlur: hide,
      onMouseOver: (e: React.MouseEvent) => showFor(e.target),
      onMouseOut: (e: React.MouseEvent) => {
        if (!(e.relatedTarget instanceof Element && e.relatedTarget.closest("mark[data-h]"))) hideSoon();
      },
    }),
    [showFor, hide, hideSoon],
  );

  return { tip, details, hide, keep, hideSoon, handlers };
}

/** One shared tooltip; every focusable highlight names it in aria-describedby. */
export function HighlightTooltip({ tooltip }: { tooltip: ReturnType<typeof useHighlightTooltip> }) {
  const { tip, details } = tooltip;
  return (
    <div
      id="reader-tip"
      role="tooltip"
      className="reader-tip"
      hidden={!tip}
      style={tip ? { top: tip.top, left: tip.left } : undefined}
      onMouseEnter={tooltip.keep}
      onMouseLeave={tooltip.hideSoon}
    >
      {tip?.ids.map((id) => {
        const h = details[id] ?? "loading";
        if (h === "loading" || h === "failed")
          return (
            <div key={id} className="tip-item small muted" aria-busy={h === "loading"}>
              {h === "loading" ? "Loading the details…" : "The details could not be loaded. Try again in a moment."}
            </div>
          );
        return (
          <div key={id} className={`tip-item tone-${h.tone}`}>
            <strong>{h.title}</strong>
            {h.lines.map((line, i) => (
              <div key={i} className="small">
                {line}
              </div>
            ))}
            {h.badges.length > 0 && (
              <div className="badges">
                {h.badges.map((b) => (
                  <Badge key={b} kind="weak">
                    {b}
                  </Badge>
                ))}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
