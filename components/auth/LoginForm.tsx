"use client";
import { useActionState } from "react";
import { login } from "@/lib/actions/auth";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

export function LoginForm({ next }: { next: string }) {
  const [state, action] = useActionState(login, initialFormState);
  return (
    <form action={action} className="stack" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="email" label="Email" type="email" autoComplete="username" required state={state} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required state={state} />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
