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

export type StatementOption = { id: string; label: string };

export function EvidenceDialog({
  sourceId,
  quote,
  statements,
  onDone,
}: {
  sourceId: string;
  quote: QuoteSelection | null;
  statements: StatementOption[];
  onDone: (message?: string, savedId?: string) => void;
}) {
  const [state, action] = useActionState(addEvidenceFromReaderForm, initialFormState);
  useEffect(() => {
    if (state.ok) onDone(state.message, state.savedId);
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
          {statements.length > 0 && (
            <Field
              name="statementId"
              label="Quotes the statement"
              state={state}
              hint="Its speaker, intermediary and hedges are shown with the evidence on the published card."
            >
              {(p) => (
                <select {...p} defaultValue={p.defaultValue ?? ""}>
                  <option value="">Found from the words (a statement they overlap)</option>
                  {statements.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field
            name="publicNote"
            label="Public note (optional, shown on the published card)"
            state={state}
            maxLength={2000}
          >
            {(p) => <textarea {...p} rows={2} style={{ minHeight: 60 }} />}
          </Field>
          <Field
            name="note"
            label="Internal note (optional, staff only, never published)"
            state={state}
            maxLength={5000}
          >
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
