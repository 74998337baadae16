// What a key press means in a combobox with a listbox popup (WAI-ARIA 1.2 / APG pattern). Pure, so
// every combobox in the app (pickers, the header search, @mentions) behaves the same and the rules are
// unit-tested; components/forms/useCombobox.ts applies the result to React state.

export type ComboboxKeyState = {
  key: string;
  /** Whether the popup is shown. */
  open: boolean;
  /** The highlighted option (aria-activedescendant), -1 for none. */
  active: number;
  /** How many options the popup lists. */
  count: number;
  /** Tab inserts the highlighted option (the @mention popup) instead of moving on. */
  tabChooses?: boolean;
  /** Enter without a highlighted option does something of its own (the header search opens all results). */
  enterWithoutOption?: boolean;
  /** Escape with the popup already closed does something of its own (the header search clears its text). */
  escapeWhenClosed?: boolean;
};

export type ComboboxKeyAction =
  /** Open the popup (if closed) and highlight `active`. */
  | { type: "move"; active: number }
  | { type: "choose"; index: number }
  | { type: "enterWithoutOption" }
  /** Close the popup; `moveOn` leaves the key to the browser (Tab still moves focus). */
  | { type: "close"; moveOn?: boolean }
  | { type: "escapeWhenClosed" }
  /** Not the combobox's key: let the browser (or the surrounding dialog or form) have it. */
  | { type: "ignore" };

/**
 * Arrows open the popup and move through the options, wrapping at both ends (Down from nothing goes to the
 * first, Up to the last); Enter chooses the highlighted option; Escape closes the popup, and only once it is
 * closed reaches the surrounding dialog; Tab closes (or chooses, for @mentions) and moves on.
 */
export function comboboxKeyAction(s: ComboboxKeyState): ComboboxKeyAction {
  const highlighted = s.open && s.active >= 0 && s.active < s.count;
  switch (s.key) {
    case "ArrowDown":
    case "ArrowUp": {
      if (s.count === 0) return { type: "move", active: -1 };
      const down = s.key === "ArrowDown";
      if (!highlighted) return { type: "move", active: down ? 0 : s.count - 1 };
      return { type: "move", active: (s.active + (down ? 1 : s.count - 1)) % s.count };
    }
    case "Enter":
      if (highlighted) return { type: "choose", index: s.active };
      return s.enterWithoutOption ? { type: "enterWithoutOption" } : { type: "ignore" };
    case "Escape":
      if (s.open) return { type: "close" };
      return s.escapeWhenClosed ? { type: "escapeWhenClosed" } : { type: "ignore" };
    case "Tab":
      if (s.tabChooses && highlighted) return { type: "choose", index: s.active };
      return s.open ? { type: "close", moveOn: true } : { type: "ignore" };
    default:
      return { type: "ignore" };
  }
}
