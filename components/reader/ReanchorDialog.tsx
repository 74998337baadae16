"use client";
import { useActionState, useEffect } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { reanchorForm } from "@/lib/actions/workspace";
import type { QuoteSelection } from "@/lib/reader/dom-selection";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Modal } from "./Modal";
import { QuoteFields } from "./QuoteFields";

export type ReanchorTarget = { kind: "evidence" | "statement"; id: string; exact: string };

/** Places a flagged span anew: the analyst's selection in the current revision replaces the old anchor. */
export function ReanchorDialog({
  target,
  quote,
  onDone,
}: {
  target: ReanchorTarget;
  quote: QuoteSelection | null;
  onDone: (message?: string) => void;
}) {
  const [state, action] = useActionState(reanchorForm, initialFormState);
  useEffect(() => {
    if (state.ok) onDone(state.message);
  }, [state, onDone]);
  return (
    <Modal title={`Re-anchor ${target.kind}`} onClose={() => onDone()}>
      {(close) => (
        <form action={action} className="stack" noValidate key={formKey(state)}>
          <FormMessage state={state} />
          <input type="hidden" name="id" value={target.id} />
          <input type="hidden" name="kind" value={target.kind} />
          <div className="field">
            <span className="field-label">Words in the earlier revision</span>
            <blockquote className="quote">{target.exact}</blockquote>
          </div>
          <QuoteFields quote={quote} state={state} />
          <div className="dialog-actions">
            <SubmitButton pendingText="Saving…">Re-anchor here</SubmitButton>
            <button type="button" className="secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
