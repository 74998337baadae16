import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";

type Props = {
  name: string;
  /** Prefix for the ids, when two forms on one page share field names. */
  scope?: string;
  label: string;
  state?: FormState;
  hint?: ReactNode;
  children?: (props: {
    id: string;
    name: string;
    "aria-invalid"?: boolean;
    "aria-describedby"?: string;
    defaultValue?: string;
  }) => ReactNode;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "children" | "name">;

/** A labelled input with its validation message, wired for screen readers. */
export function Field({ name, scope = "field", label, state, hint, children, ...input }: Props) {
  const id = `${scope}-${name}`;
  const errors = state?.fields?.[name];
  const describedBy =
    [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const control = {
    id,
    name,
    "aria-invalid": errors ? true : undefined,
    "aria-describedby": describedBy,
    defaultValue: state?.values?.[name] ?? (input.defaultValue as string | undefined),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children ? children(control) : <input {...input} {...control} />}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {errors && (
        <p className="error" id={`${id}-error`} role="alert">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}
