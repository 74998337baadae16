import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";

type Control = { id: string; name: string; "aria-invalid"?: boolean; "aria-describedby"?: string; defaultValue?: string };
type Props = {
  scope: string;
  name: string;
  label: string;
  state?: FormState;
  hint?: ReactNode;
  children?: (props: Control) => ReactNode;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "children" | "name">;

/**
 * components/forms/Field with ids prefixed by `scope`: the review page shows the review form and the
 * publish form together, both with "truthVerdict" and "rationale", and ids must stay unique so each
 * label points at its own control.
 */
export function ScopedField({ scope, name, label, state, hint, children, ...input }: Props) {
  const id = `${scope}-${name}`;
  const errors = state?.fields?.[name];
  const describedBy = [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const control: Control = {
    id, name, "aria-invalid": errors ? true : undefined, "aria-describedby": describedBy,
    defaultValue: state?.values?.[name] ?? (input.defaultValue as string | undefined),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children ? children(control) : <input {...input} {...control} />}
      {hint && <span className="hint" id={`${id}-hint`}>{hint}</span>}
      {errors && <p className="error" id={`${id}-error`} role="alert">{errors.join(" ")}</p>}
    </div>
  );
}
