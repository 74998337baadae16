"use client";
import { useActionState } from "react";
import { createActorFromForm } from "@/lib/actions/actors";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { ACTOR_KINDS, ACTOR_KIND_LABELS } from "@/lib/validation/actors";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

export function ActorForm() {
  const [state, action] = useActionState(createActorFromForm, initialFormState);
  return (
    <form action={action} className="stack" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <Field name="name" label="Name" state={state} />
      <Field name="kind" label="Kind" state={state}>
        {(p) => (
          <select {...p} defaultValue={p.defaultValue ?? "person"}>
            {ACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {ACTOR_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="aliases" label="Aliases" state={state} hint="Comma separated." />
      <Field name="description" label="Description" state={state} />
      <div>
        <SubmitButton>Add actor</SubmitButton>
      </div>
    </form>
  );
}
