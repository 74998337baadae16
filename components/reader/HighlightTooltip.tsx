"use client";
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { HighlightInfo } from "@/lib/reader/highlights";
import { Badge } from "@/components/ui/Badge";

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

export function useHighlightTooltip(rootRef: RefObject<HTMLElement | null>, info: Record<string, HighlightInfo>) {
  const [tip, setTip] = useState<Tip | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const showFor = useCallback(
    (target: EventTarget | null) => {
      const root = rootRef.current;
      if (!root || !(target instanceof Element)) return;
      const ids = highlightIdsAt(target, root).filter((id) => info[id]);
      if (!ids.length) return;
      clearTimeout(hideTimer.current);
      const mark = target.closest("mark[data-h]")!;
      const box = mark.getBoundingClientRect();
      setTip({ ids, top: box.bottom + 6, left: Math.max(8, Math.min(box.left, window.innerWidth - 380)) });
    },
    [rootRef, info],
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

  return { tip, hide, keep, hideSoon, handlers };
}

/** One shared tooltip; every focusable highlight names it in aria-describedby. */
export function HighlightTooltip({
  tooltip,
  info,
}: {
  tooltip: ReturnType<typeof useHighlightTooltip>;
  info: Record<string, HighlightInfo>;
}) {
  const { tip } = tooltip;
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
        const h = info[id];
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
