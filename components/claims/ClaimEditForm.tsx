"use client";
import { useActionState, useState } from "react";
import { saveClaimEdit, type ClaimEditState } from "@/lib/actions/claim-edit";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { CLAIM_KINDS, CLAIM_KIND_LABELS } from "@/lib/validation/claims";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ConflictNotice } from "./ConflictNotice";

type Values = { text: string; kind: string; summary: string };
type Props = { claimId: string; version: number; initial: Values };

/**
 * Carries the version the form was opened at; a save from an older version comes back as a
 * conflict. "Reload latest" swaps the latest saved values into the form and keeps the user's own
 * unsaved text on screen so nothing typed is lost.
 */
export function ClaimEditForm({ claimId, version, initial }: Props) {
  const [state, action] = useActionState<ClaimEditState, FormData>(saveClaimEdit, initialFormState);
  const [reloadedAt, setReloadedAt] = useState<number | null>(null);
  const conflict = state.conflict;
  const reloaded = !!conflict && reloadedAt === state.at;
  const unsaved = conflict ? state.values : undefined;
  // After a reload the latest values replace the echoed ones; otherwise the echo keeps the user's text.
  const shown: ClaimEditState = reloaded ? { ...state, values: undefined, fields: undefined } : state;
  const values: Values = reloaded && conflict ? conflict.latest : initial;
  const baseVersion = reloaded && conflict ? conflict.currentVersion : Number(state.values?.version ?? version);

  return (
    <div className="stack">
      {conflict ? (
        <ConflictNotice conflict={conflict} reloaded={reloaded} onReload={() => setReloadedAt(state.at ?? 0)} />
      ) : (
        <FormMessage state={state} />
      )}
      <form action={action} className="stack" noValidate key={`${formKey(state)}-${reloaded}`} aria-label="Edit claim">
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="version" value={baseVersion} />
        <Field name="text" label="Claim" state={shown} defaultValue={values.text}>
          {(p) => <textarea {...p} rows={3} style={{ minHeight: 80 }} maxLength={500} />}
        </Field>
        <Field name="kind" label="Kind" state={shown} defaultValue={values.kind}>
          {(p) => (
            <select {...p}>
              {CLAIM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CLAIM_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="summary" label="Summary" state={shown} defaultValue={values.summary}>
          {(p) => <textarea {...p} rows={4} style={{ minHeight: 100 }} />}
        </Field>
        <p className="small muted" style={{ margin: 0 }}>
          Editing from version {baseVersion}.
        </p>
        <div>
          <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
        </div>
      </form>
      {reloaded && unsaved && (
        <section className="panel" aria-labelledby="unsaved-heading">
          <h2 id="unsaved-heading" style={{ marginTop: 0 }}>
            Your unsaved changes
          </h2>
          <label className="field">
            <span>Your claim text</span>
            <textarea readOnly value={unsaved.text ?? ""} rows={3} />
          </label>
          <label className="field">
            <span>Your summary</span>
            <textarea readOnly value={unsaved.summary ?? ""} rows={4} />
          </label>
        </section>
      )}
    </div>
  );
}
