"use client";
import { useActionState, useEffect } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { addEvidenceFromReaderForm } from "@/lib/actions/workspace";
import type { QuoteSelection } from "@/lib/reader/dom-selection";
import { STANCES, STANCE_LABELS } from "@/lib/validation/evidence";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ClaimField } from "./ClaimField";
import { Modal } from "./Modal";
import { QuoteFields } from "./QuoteFields";

const STANCE_HINTS = {
  supports: "The words back the claim.",
  contradicts: "The words deny or refute it.",
  context: "Background that neither backs nor denies it.",
} as const;

export function EvidenceDialog({
  sourceId,
  quote,
  onDone,
}: {
  sourceId: string;
  quote: QuoteSelection | null;
  onDone: (message?: string) => void;
}) {
  const [state, action] = useActionState(addEvidenceFromReaderForm, initialFormState);
  useEffect(() => {
    if (state.ok) onDone(state.message);
  }, [state, onDone]);
  return (
    <Modal title="Add evidence" onClose={() => onDone()}>
      {(close) => (
        <form action={action} className="stack" noValidate key={formKey(state)}>
          <FormMessage state={state} />
          <input type="hidden" name="sourceId" value={sourceId} />
          <QuoteFields quote={quote} state={state} />
          <ClaimField state={state} autoFocus={!!quote} />
          <fieldset className="choice-group" aria-describedby={state.fields?.stance ? "stance-error" : undefined}>
            <legend>Stance</legend>
            {STANCES.map((s) => (
              <label key={s} className={`choice tone-${s}`}>
                <input type="radio" name="stance" value={s} defaultChecked={state.values?.stance === s} />
                <span>
                  <b>{STANCE_LABELS[s]}</b> <span className="muted small">{STANCE_HINTS[s]}</span>
                </span>
              </label>
            ))}
            {state.fields?.stance && (
              <p className="error" id="stance-error" role="alert">
                {state.fields.stance.join(" ")}
              </p>
            )}
          </fieldset>
          <Field name="note" label="Note (optional)" state={state}>
            {(p) => <textarea {...p} rows={2} style={{ minHeight: 60 }} />}
          </Field>
          <div className="dialog-actions">
            <SubmitButton pendingText="Saving…">Save evidence</SubmitButton>
            <button type="button" className="secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
