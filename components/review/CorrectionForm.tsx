"use client";
import { useActionState } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { correctFromForm } from "@/lib/actions/review";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { PublishRefusal } from "./PublishRefusal";
import { VerdictFields } from "./VerdictFields";

type Current = { number: number; headline: string; rationale: string };

/** A correction publishes version n+1 with a public note; blank fields keep the current version's. */
export function CorrectionForm({ claimId, version, current }: { claimId: string; version: number; current: Current }) {
  const [state, action] = useActionState(correctFromForm, initialFormState);
  return (
    <form
      action={action}
      className="stack"
      noValidate
      key={`${formKey(state)}-${version}`}
      aria-label="Issue correction"
    >
      {state.fields?.publish ? (
        <PublishRefusal state={state} scope="correct" what="corrected" />
      ) : (
        <FormMessage state={state} />
      )}
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <Field
        scope="correct"
        name="note"
        label="Correction note (public)"
        state={state}
        hint="What changed and why; shown on every later version."
      >
        {(p) => <textarea {...p} rows={3} style={{ minHeight: 80 }} />}
      </Field>
      <Field
        scope="correct"
        name="headline"
        label="Headline"
        state={state}
        defaultValue={current.headline}
        maxLength={200}
      />
      <VerdictFields scope="correct" state={state} optional />
      <Field scope="correct" name="rationale" label="Public rationale" state={state}>
        {(p) => (
          <textarea {...p} defaultValue={p.defaultValue ?? current.rationale} rows={5} style={{ minHeight: 120 }} />
        )}
      </Field>
      <div>
        <SubmitButton pendingText="Publishing…">{`Publish correction (version ${current.number + 1})`}</SubmitButton>
      </div>
    </form>
  );
}
