// Keyboard selection in the reader. Without caret browsing, Chrome extends a selection with
// Shift+arrows only once it is a range; a collapsed caret (after a click) or no selection at all
// (after Tab) stays put. Selection.modify works on static text, so the reader extends it itself.

type Move = { direction: "forward" | "backward"; granularity: "character" | "line" | "lineboundary" };

const MOVES: Record<string, Move> = {
  ArrowRight: { direction: "forward", granularity: "character" },
  ArrowLeft: { direction: "backward", granularity: "character" },
  ArrowDown: { direction: "forward", granularity: "line" },
  ArrowUp: { direction: "backward", granularity: "line" },
  End: { direction: "forward", granularity: "lineboundary" },
  Home: { direction: "backward", granularity: "lineboundary" },
};

/**
 * Handles Shift+arrow keys (Ctrl/Alt for whole words) inside `container`; returns true when it did.
 * A selection outside the reader starts at the focused highlight, or at the first paragraph.
 */
export function extendSelectionByKey(
  container: HTMLElement,
  key: { key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean },
): boolean {
  const move = MOVES[key.key];
  if (!move || !key.shiftKey || key.metaKey) return false;
  const selection = window.getSelection();
  if (!selection) return false;
  if (!selection.rangeCount || !selection.anchorNode || !container.contains(selection.anchorNode)) {
    const active = document.activeElement;
    const from =
      (active instanceof Element && container.contains(active) ? active.closest("mark[data-h]") : null) ??
      container.querySelector("p[data-start]");
    if (!from) return false;
    selection.collapse(from, 0);
  }
  const granularity = (key.ctrlKey || key.altKey) && move.granularity === "character" ? "word" : move.granularity;
  selection.modify("extend", move.direction, granularity);
  return true;
}
