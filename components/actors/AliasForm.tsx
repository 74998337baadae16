"use client";
import { useActionState } from "react";
import { addAliasForm } from "@/lib/actions/actors";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { InlineField } from "@/components/forms/InlineField";

export function AliasForm({ actorId }: { actorId: string }) {
  const [state, action] = useActionState(addAliasForm, initialFormState);
  return (
    <form action={action} className="stack-tight" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="actorId" value={actorId} />
      <InlineField
        name="alias"
        label="New alias"
        defaultValue={state.ok ? "" : state.values?.alias}
        errors={state.fields?.alias}
      />
      <div>
        <SubmitButton pendingText="Adding…">Add alias</SubmitButton>
      </div>
    </form>
  );
}
