"use client";
import { useRef, useState } from "react";
import { handleOf, mentionQueryAt } from "@/lib/team/mentions";
import { ComboboxOptions } from "@/components/forms/ComboboxOptions";
import { useCombobox } from "@/components/forms/useCombobox";

export type MentionMember = { id: string; name: string; email: string };

type Props = { name: string; label: string; members: MentionMember[]; defaultValue?: string; errors?: string[] };

/**
 * A textarea that offers colleagues after "@", on the shared combobox (arrows move, Enter or Tab insert,
 * Escape closes); with no "@" being typed, arrows and Enter edit the text as usual.
 */
export function MentionTextarea({ name, label, members, defaultValue = "", errors }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(defaultValue);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const options = query
    ? members
        .filter((m) => handleOf(m.email).startsWith(query.query) || m.name.toLowerCase().includes(query.query))
        .slice(0, 6)
    : [];

  const insert = (member: MentionMember) => {
    if (!query || !ref.current) return;
    const caret = ref.current.selectionStart;
    const handle = `@${handleOf(member.email)} `;
    const text = value.slice(0, query.start) + handle + value.slice(caret);
    setValue(text);
    setQuery(null);
    const at = query.start + handle.length;
    requestAnimationFrame(() => ref.current?.setSelectionRange(at, at));
  };
  const combobox = useCombobox({
    count: options.length,
    open: options.length > 0,
    onOpenChange: (open) => !open && setQuery(null),
    onChoose: (i) => insert(options[i]),
    tabChooses: true,
    arrowsOpen: false,
  });
  const update = (text: string, caret: number) => {
    setValue(text);
    setQuery(mentionQueryAt(text, caret));
    combobox.setActive(0);
  };
  return (
    <div className="field combobox">
      <label htmlFor={combobox.id}>{label}</label>
      <textarea
        {...combobox.inputProps}
        ref={ref}
        id={combobox.id}
        name={name}
        rows={3}
        value={value}
        onChange={(e) => update(e.target.value, e.target.selectionStart)}
        onBlur={() => setQuery(null)}
        aria-invalid={errors ? true : undefined}
      />
      <span className="hint">Type @ to mention a colleague; they get a notification.</span>
      {errors && <span className="error small">{errors.join(" ")}</span>}
      {options.length > 0 && (
        <ComboboxOptions
          combobox={combobox}
          label="Colleagues"
          items={options}
          itemKey={(m) => m.id}
          renderItem={(m) => (
            <>
              {m.name}
              <span className="option-hint">@{handleOf(m.email)}</span>
            </>
          )}
        />
      )}
    </div>
  );
}
