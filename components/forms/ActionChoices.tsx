"use client";
import { useState, useTransition, type FormEvent } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { initialFormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  /** The submitted field the buttons choose (each button sends its own value under this name). */
  name: string;
  choices: { value: string; label: string; ariaLabel?: string }[];
  /**
   * What the buttons act on, appended to each choice's accessible name in quotes: the list passes one
   * choices array for every row, which the RSC payload then carries once (ADR 0035).
   */
  about?: string;
  className?: string;
};

/**
 * One form with a button per choice (relate as contradicts / duplicates / refines) and its error next to
 * them, for lists that repeat it (similar claims). One form instead of an ActionButton per choice, and
 * submitted from its handler rather than through `action={…}`: a form action's progressive enhancement
 * writes four hidden state fields per form into the HTML, most of a list's bytes (ADR 0030).
 */
export function ActionChoices({ action, fields, name, choices, about, className = "secondary small-button" }: Props) {
  const [state, setState] = useState<FormState>(initialFormState);
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(async () => setState(await action(state, form)));
  };
  return (
    <form onSubmit={submit} className="row-actions">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {choices.map((c) => (
        <button
          key={c.value}
          type="submit"
          name={name}
          value={c.value}
          className={className}
          disabled={pending}
          aria-busy={pending}
          aria-label={about === undefined ? c.ariaLabel : `${c.ariaLabel ?? c.label} “${about}”`}
        >
          {c.label}
        </button>
      ))}
      {pending && <span className="small muted">…</span>}
      {!state.ok && state.message && (
        <span className="error small" role="alert">
          {state.message}
        </span>
      )}
    </form>
  );
}
