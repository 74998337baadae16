"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ComboboxOptions } from "./ComboboxOptions";
import { useCombobox } from "./useCombobox";

export type ComboOption = { id: string; label: string; hint?: string };

type Props = {
  name: string;
  label: string;
  search: (q: string) => Promise<ComboOption[]>;
  defaultValue?: ComboOption | null;
  /** Offers "create …" as the last option; called with the typed text. */
  onCreate?: (text: string) => void;
  createLabel?: (text: string) => string;
  hint?: ReactNode;
  errors?: string[];
  autoFocus?: boolean;
};

const CREATE = "__create__";

/**
 * Search-as-you-type picker for a form, on the app's one combobox (useCombobox: arrows move, Enter
 * chooses, Escape closes the list without closing the surrounding dialog). The chosen id is submitted as `name`.
 */
export function Combobox({ name, label, search, defaultValue, onCreate, createLabel, hint, errors, autoFocus }: Props) {
  const [text, setText] = useState(defaultValue?.label ?? "");
  const [chosen, setChosen] = useState<ComboOption | null>(defaultValue ?? null);
  const [options, setOptions] = useState<ComboOption[]>([]);
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  const typed = text.trim();
  const all: ComboOption[] = [
    ...options,
    ...(onCreate && typed && !options.some((o) => o.label.toLowerCase() === typed.toLowerCase())
      ? [{ id: CREATE, label: createLabel?.(typed) ?? `Create “${typed}”` }]
      : []),
  ];

  function choose(index: number) {
    const option = all[index];
    if (!option) return;
    if (option.id === CREATE) return onCreate?.(typed);
    setChosen(option);
    setText(option.label);
    setOpen(false);
  }

  const combobox = useCombobox({ count: all.length, open, onOpenChange: setOpen, onChoose: choose });
  const { id, setActive } = combobox;

  useEffect(() => {
    if (!open) return;
    const request = ++latest.current;
    setLoading(true);
    const timer = setTimeout(() => {
      search(text.trim())
        .then((found) => {
          if (request === latest.current) {
            setOptions(found);
            setFailed(false);
            setActive(found.length ? 0 : -1);
          }
        })
        .catch(() => {
          if (request === latest.current) {
            setOptions([]);
            setFailed(true);
          }
        })
        .finally(() => {
          if (request === latest.current) setLoading(false);
        });
    }, 150);
    return () => clearTimeout(timer);
    // `search` is a server action reference; re-running on its identity would only repeat requests.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, open]);

  const describedBy = [`${id}-hint`, errors ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <input
        {...combobox.inputProps}
        id={id}
        type="text"
        autoComplete="off"
        value={text}
        autoFocus={autoFocus}
        data-autofocus={autoFocus || undefined}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setText(e.target.value);
          setChosen(null);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      {/* Echoed back after a failed submit so the picker shows what was chosen. */}
      <input type="hidden" name={`${name}Label`} value={chosen?.label ?? ""} />
      {open && (
        <ComboboxOptions
          combobox={combobox}
          label={label}
          items={all}
          itemKey={(o) => o.id}
          optionClassName={(o) => (o.id === CREATE ? "create" : undefined)}
          renderItem={(o) => (
            <>
              <span>{o.label}</span>
              {o.hint && <span className="option-hint">{o.hint}</span>}
            </>
          )}
        >
          {!all.length && (
            <li role="presentation" className="muted">
              {loading ? "Searching…" : failed ? "Search failed; try again." : "No matches."}
            </li>
          )}
        </ComboboxOptions>
      )}
      <span className="hint" id={`${id}-hint`} aria-live="polite">
        {chosen ? `Chosen: ${chosen.label}` : hint}
      </span>
      {errors && (
        <p className="error" id={`${id}-error`} role="alert">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}
