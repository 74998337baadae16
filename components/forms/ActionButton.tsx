"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { initialFormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  className?: string;
  /** Accessible name when the visible label is ambiguous in a list ("Remove" of which item?). */
  ariaLabel?: string;
};

/** A one-button form for row actions (remove, dismiss, accept) with its error shown next to it. */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  className = "secondary small-button",
  ariaLabel,
}: Props) {
  const [state, dispatch, pending] = useActionState(action, initialFormState);
  return (
    <form action={dispatch} className="inline-form">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" className={className} disabled={pending} aria-busy={pending} aria-label={ariaLabel}>
        {pending ? (pendingLabel ?? "…") : label}
      </button>
      {!state.ok && state.message && (
        <span className="error small" role="alert">
          {state.message}
        </span>
      )}
    </form>
  );
}
