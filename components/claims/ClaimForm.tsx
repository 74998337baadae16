"use client";
import { useActionState } from "react";
import { createClaimFromForm } from "@/lib/actions/claims";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { CLAIM_KINDS, CLAIM_KIND_LABELS } from "@/lib/validation/claims";
import { Field } from "@/components/forms/Field";
import { DuplicateNotice } from "@/components/forms/DuplicateNotice";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { SimilarClaimsHint } from "@/components/matching/SimilarClaimsHint";

export function ClaimForm({ actors }: { actors: { id: string; name: string }[] }) {
  const [state, action] = useActionState(createClaimFromForm, initialFormState);
  return (
    <form action={action} className="stack" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <Field
        name="text"
        label="Claim"
        state={state}
        hint="A checkable proposition, e.g. “The Kessel Brigade fired the rockets at Port Aldan.”"
      >
        {(p) => <textarea {...p} rows={3} style={{ minHeight: 80 }} maxLength={500} />}
      </Field>
      <SimilarClaimsHint />
      <div className="form-row">
        <Field name="kind" label="Kind" state={state}>
          {(p) => (
            <select {...p} defaultValue={p.defaultValue ?? "factual"}>
              {CLAIM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CLAIM_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="claimantId" label="Claimant (who asserts it)" state={state}>
          {(p) => (
            <select {...p} defaultValue={p.defaultValue ?? ""}>
              <option value="">— none yet —</option>
              {actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        name="subjectIds"
        label="Subjects (who it is about)"
        state={state}
        hint="Hold Ctrl or Cmd to choose several."
      >
        {(p) => (
          <select {...p} defaultValue={undefined} multiple size={Math.min(6, Math.max(2, actors.length))}>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="tags" label="Tags" state={state} hint="Comma separated." />
      <Field name="summary" label="Summary" state={state}>
        {(p) => <textarea {...p} rows={4} style={{ minHeight: 100 }} />}
      </Field>
      <DuplicateNotice state={state} href={`/claims/${state.duplicateOf}`} what="claim" />
      <div>
        <SubmitButton pendingText="Creating…">Create claim</SubmitButton>
      </div>
    </form>
  );
}
