"use client";
import { useActionState } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { acceptClaimMatchForm, dismissClaimMatchForm } from "@/lib/actions/matching";
import { STANCES, STANCE_LABELS, type Stance } from "@/lib/validation/evidence";
import { FormMessage } from "@/components/forms/FormMessage";
import { ActionButton } from "@/components/forms/ActionButton";

/** Accept as evidence with the guessed stance (editable), accept as an appearance, or dismiss. */
export function ClaimMatchActions({ id, stance, label }: { id: string; stance: string; label: string }) {
  const [state, action, pending] = useActionState(acceptClaimMatchForm, initialFormState);
  return (
    <div className="stack-tight">
      <form action={action} className="row-actions" key={formKey(state)}>
        <input type="hidden" name="id" value={id} />
        <label className="small">
          Stance{" "}
          <select name="stance" defaultValue={state.values?.stance ?? stance} aria-label={`Stance for ${label}`}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {STANCE_LABELS[s as Stance]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          name="as"
          value="evidence"
          className="primary small-button"
          disabled={pending}
          aria-label={`Accept as evidence: ${label}`}
        >
          Accept as evidence
        </button>
        <button
          type="submit"
          name="as"
          value="appearance"
          className="secondary small-button"
          disabled={pending}
          aria-label={`Accept as appearance: ${label}`}
        >
          Accept as appearance
        </button>
      </form>
      <FormMessage state={state} />
      <ActionButton
        action={dismissClaimMatchForm}
        fields={{ id }}
        label="Dismiss"
        pendingLabel="Dismissing…"
        ariaLabel={`Dismiss ${label}`}
      />
    </div>
  );
}
