"use client";
import { useActionState } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { publishFromForm } from "@/lib/actions/review";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { PublishRefusal } from "./PublishRefusal";
import { VerdictFields } from "./VerdictFields";

type Props = {
  claimId: string;
  version: number;
  defaults: { headline: string; truthVerdict?: string; attributionVerdict?: string };
};

/** The editor's card: headline, the two verdicts (prefilled when reviewers agree) and the public rationale. */
export function PublishForm({ claimId, version, defaults }: Props) {
  const [state, action] = useActionState(publishFromForm, initialFormState);
  return (
    <form action={action} className="stack" noValidate key={`${formKey(state)}-${version}`} aria-label="Publish card">
      {state.fields?.publish ? (
        <PublishRefusal state={state} scope="publish" what="published" />
      ) : (
        <FormMessage state={state} />
      )}
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <Field
        scope="publish"
        name="headline"
        label="Headline"
        state={state}
        defaultValue={defaults.headline}
        maxLength={200}
      />
      <VerdictFields scope="publish" state={state} defaults={defaults} />
      <Field
        scope="publish"
        name="rationale"
        label="Public rationale"
        state={state}
        hint="Readers see this on the card."
      >
        {(p) => <textarea {...p} rows={6} style={{ minHeight: 140 }} />}
      </Field>
      <div>
        <SubmitButton pendingText="Publishing…">Publish card</SubmitButton>
      </div>
    </form>
  );
}
