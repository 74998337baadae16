"use client";
import { useActionState } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { addAppearanceForm } from "@/lib/actions/workspace-claims";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { InlineField } from "@/components/forms/InlineField";

export function AppearanceForm({ claimId, sources }: { claimId: string; sources: { id: string; title: string }[] }) {
  const [state, action] = useActionState(addAppearanceForm, initialFormState);
  if (!sources.length) return <p className="small muted">Every recent source is already listed.</p>;
  return (
    <form action={action} className="stack-tight" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <InlineField
        name="sourceId"
        label="Source where the claim appears"
        defaultValue={state.values?.sourceId ?? ""}
        errors={state.fields?.sourceId}
      >
        {(p) => (
          <select {...p}>
            <option value="">— choose a source —</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        )}
      </InlineField>
      <div>
        <SubmitButton pendingText="Adding…">Add appearance</SubmitButton>
      </div>
    </form>
  );
}
