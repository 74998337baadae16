"use client";
import type { ReactNode } from "react";
import type { ComboboxControl } from "./useCombobox";

type Props<T> = {
  combobox: ComboboxControl;
  /** Accessible name of the listbox. */
  label: string;
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  className?: string;
  optionClassName?: (item: T) => string | undefined;
  /** Rows after the options that are not options (an empty or loading message). */
  children?: ReactNode;
};

/** The listbox popup of a combobox driven by useCombobox: one option per item, highlighted as the keys move. */
export function ComboboxOptions<T>({
  combobox,
  label,
  items,
  itemKey,
  renderItem,
  className = "combobox-list",
  optionClassName,
  children,
}: Props<T>) {
  // A listbox must own options (ARIA): while there are none (searching, no matches) the popup is a
  // status that reads out its message.
  const role = items.length ? combobox.listProps.role : "status";
  return (
    <ul {...combobox.listProps} role={role} aria-label={label} className={className}>
      {items.map((item, i) => (
        <li key={itemKey(item)} {...combobox.optionProps(i)} className={optionClassName?.(item)}>
          {renderItem(item)}
        </li>
      ))}
      {children}
    </ul>
  );
}
