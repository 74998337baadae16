"use client";
import { useActionState } from "react";
import { addUserFromForm } from "@/lib/actions/users";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/users";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

export function UserForm() {
  const [state, action] = useActionState(addUserFromForm, initialFormState);
  return (
    <form action={action} className="stack" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <Field name="email" label="Email" type="email" state={state} />
      <Field name="name" label="Name" state={state} />
      <Field name="role" label="Role" state={state}>
        {(p) => (
          <select {...p} defaultValue={p.defaultValue ?? "analyst"}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        state={state}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      />
      <div>
        <SubmitButton>Add user</SubmitButton>
      </div>
    </form>
  );
}
