"use client";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { handleOf, mentionQueryAt } from "@/lib/team/mentions";

export type MentionMember = { id: string; name: string; email: string };

type Props = { name: string; label: string; members: MentionMember[]; defaultValue?: string; errors?: string[] };

/** A textarea that offers colleagues after "@" (arrows to move, Enter or Tab to insert, Escape to close). */
export function MentionTextarea({ name, label, members, defaultValue = "", errors }: Props) {
  const id = useId();
  const listId = `${id}-mentions`;
  const ref = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(defaultValue);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const options = query
    ? members
        .filter((m) => handleOf(m.email).startsWith(query.query) || m.name.toLowerCase().includes(query.query))
        .slice(0, 6)
    : [];
  const open = options.length > 0;

  const update = (text: string, caret: number) => {
    setValue(text);
    setQuery(mentionQueryAt(text, caret));
    setActive(0);
  };
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
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => (a + (e.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
    } else if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      insert(options[active]);
    } else if (e.key === "Escape") {
      e.preventDefault();
      setQuery(null);
    }
  };
  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        name={name}
        rows={3}
        value={value}
        onChange={(e) => update(e.target.value, e.target.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-invalid={errors ? true : undefined}
      />
      <span className="hint">Type @ to mention a colleague; they get a notification.</span>
      {errors && <span className="error small">{errors.join(" ")}</span>}
      {open && (
        <ul id={listId} role="listbox" className="combobox-list" aria-label="Colleagues">
          {options.map((m, i) => (
            <li
              key={m.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                insert(m);
              }}
            >
              {m.name}
              <span className="option-hint">@{handleOf(m.email)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
