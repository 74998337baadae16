"use client";
import { useId, useState, type HTMLAttributes, type KeyboardEvent, type MouseEvent } from "react";
import { comboboxKeyAction } from "@/lib/ui/combobox-keys";

type Options = {
  /** How many options the popup lists now. */
  count: number;
  /** Whether the popup is shown; the caller owns it (each combobox opens on different conditions). */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** An option was chosen by Enter, click (or Tab, with `tabChooses`). */
  onChoose: (index: number) => void;
  /** Enter with no option highlighted; without it Enter is left to the form. */
  onEnterWithoutOption?: () => void;
  /** Escape with the popup closed; without it Escape is left to the surrounding dialog. */
  onEscapeWhenClosed?: () => void;
  tabChooses?: boolean;
  /** Arrows open a closed popup (false in a textarea, where they move the caret). */
  arrowsOpen?: boolean;
};

/**
 * The one combobox behaviour of the app (WAI-ARIA 1.2 combobox with a listbox popup; keys in
 * lib/ui/combobox-keys.ts): spread `inputProps` on the input or textarea, `listProps` on the listbox and
 * `optionProps(i)` on each option, or render the list with ComboboxOptions. Focus stays in the input;
 * the highlighted option is announced through aria-activedescendant.
 */
export function useCombobox({
  count,
  open,
  onOpenChange,
  onChoose,
  onEnterWithoutOption,
  onEscapeWhenClosed,
  tabChooses = false,
  arrowsOpen = true,
}: Options) {
  const id = useId();
  const listId = `${id}-listbox`;
  const [active, setActive] = useState(-1);
  // However the popup closes (a key, blur, a choice, a new page), it opens again with nothing highlighted.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (!open) setActive(-1);
  }
  const current = open && active >= 0 && active < count ? active : -1;
  const optionId = (i: number) => `${listId}-option-${i}`;

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    // Keys that confirm an IME composition belong to the composition, not to the list.
    if (e.nativeEvent.isComposing) return;
    if (!open && !arrowsOpen && (e.key === "ArrowDown" || e.key === "ArrowUp")) return;
    const action = comboboxKeyAction({
      key: e.key,
      open,
      active: current,
      count,
      tabChooses,
      enterWithoutOption: Boolean(onEnterWithoutOption),
      escapeWhenClosed: Boolean(onEscapeWhenClosed),
    });
    if (action.type === "ignore") return;
    if (action.type === "close" && action.moveOn) {
      onOpenChange(false);
      return;
    }
    e.preventDefault();
    if (action.type === "move") {
      if (!open) onOpenChange(true);
      setActive(action.active);
    } else if (action.type === "choose") {
      onChoose(action.index);
    } else if (action.type === "enterWithoutOption") {
      onEnterWithoutOption?.();
    } else if (action.type === "close") {
      // Only this Escape's popup closes, not the dialog around the field.
      e.stopPropagation();
      onOpenChange(false);
    } else {
      onEscapeWhenClosed?.();
    }
  }

  return {
    /** For the input's id (its label's htmlFor). */
    id,
    active: current,
    setActive,
    inputProps: {
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": open,
      "aria-controls": listId,
      "aria-activedescendant": current >= 0 ? optionId(current) : undefined,
      onKeyDown,
    } satisfies HTMLAttributes<HTMLElement>,
    listProps: { id: listId, role: "listbox" } satisfies HTMLAttributes<HTMLElement>,
    optionProps: (i: number) =>
      ({
        id: optionId(i),
        role: "option",
        "aria-selected": i === current,
        // Keeps focus (and the open list) in the input until the click lands.
        onMouseDown: (e: MouseEvent) => e.preventDefault(),
        onMouseEnter: () => setActive(i),
        onClick: () => onChoose(i),
      }) satisfies HTMLAttributes<HTMLElement>,
  };
}

export type ComboboxControl = ReturnType<typeof useCombobox>;
