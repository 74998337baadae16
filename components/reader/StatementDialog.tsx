"use client";
import { useActionState, useEffect } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { recordStatementForm } from "@/lib/actions/workspace";
import type { QuoteSelection } from "@/lib/reader/dom-selection";
import { STATEMENT_KINDS, STATEMENT_KIND_LABELS } from "@/lib/validation/statements";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ActorField } from "./ActorField";
import { Modal } from "./Modal";
import { QuoteFields } from "./QuoteFields";

/** Who said the selected words, through whom, how, and how firmly. */
export function StatementDialog({
  sourceId,
  quote,
  onDone,
}: {
  sourceId: string;
  quote: QuoteSelection | null;
  onDone: (message?: string, savedId?: string) => void;
}) {
  const [state, action] = useActionState(recordStatementForm, initialFormState);
  useEffect(() => {
    if (state.ok) onDone(state.message, state.savedId);
  }, [state, onDone]);
  const kind = state.values?.kind ?? "direct";
  return (
    <Modal title="Record statement" onClose={() => onDone()}>
      {(close) => (
        <form action={action} className="stack" noValidate key={formKey(state)}>
          <FormMessage state={state} />
          <input type="hidden" name="sourceId" value={sourceId} />
          <QuoteFields quote={quote} state={state} />
          <ActorField role="speaker" label="Speaker (who said it)" state={state} autoFocus={!!quote} />
          <div className="form-row">
            <Field name="cue" label="Cue verb" state={state} hint="said, told, claimed, denied…" />
            <fieldset className="choice-group">
              <legend>Kind</legend>
              {STATEMENT_KINDS.map((k) => (
                <label key={k} className="choice">
                  <input type="radio" name="kind" value={k} defaultChecked={kind === k} /> {STATEMENT_KIND_LABELS[k]}
                </label>
              ))}
            </fieldset>
          </div>
          <label className="choice">
            <input type="checkbox" name="anonymous" defaultChecked={state.values?.anonymous === "on"} /> The speaker is
            anonymous (“a senior official”)
          </label>
          <details
            className="inline-create"
            open={!!(state.values?.viaId || state.values?.["newVia.name"] || state.values?.viaText)}
          >
            <summary>Relayed through an intermediary?</summary>
            <div className="stack">
              <ActorField
                role="via"
                label="Intermediary (outlet or person)"
                state={state}
                defaultKind="outlet"
                hint="e.g. the outlet in “told Politico”."
              />
              <Field
                name="viaText"
                label="How it was relayed"
                state={state}
                hint="e.g. “told Politico”, “according to the Guardian”."
              />
            </div>
          </details>
          <Field
            name="hedges"
            label="Hedges (optional)"
            state={state}
            hint="Comma separated, e.g. reportedly, could not be independently verified."
          />
          <div className="dialog-actions">
            <SubmitButton pendingText="Saving…">Save statement</SubmitButton>
            <button type="button" className="secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
