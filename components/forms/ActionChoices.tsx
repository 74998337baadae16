"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { initialFormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  /** The submitted field the buttons choose (each button sends its own value under this name). */
  name: string;
  choices: { value: string; label: string; ariaLabel?: string }[];
  className?: string;
};

/**
 * One form with a button per choice (relate as contradicts / duplicates / refines) and its error next to
 * them: one form instead of an ActionButton per choice, because each form of a server action carries its
 * own hidden state fields in the HTML and its own entry in the page's payload.
 */
export function ActionChoices({ action, fields, name, choices, className = "secondary small-button" }: Props) {
  const [state, dispatch, pending] = useActionState(action, initialFormState);
  return (
    <form action={dispatch} className="row-actions">
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
          aria-label={c.ariaLabel}
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
