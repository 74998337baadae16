"use client";
import { useId, type ReactNode } from "react";

type Control = {
  id: string;
  name: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  defaultValue?: string;
};

/**
 * A labelled field for forms repeated in lists (one per suggestion, alias…): ids come from useId,
 * so each label points at its own input.
 */
export function InlineField({
  name,
  label,
  defaultValue,
  errors,
  hint,
  children,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  children?: (control: Control) => ReactNode;
}) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const control: Control = {
    id,
    name,
    defaultValue,
    "aria-invalid": errors ? true : undefined,
    "aria-describedby": describedBy,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children ? children(control) : <input type="text" {...control} />}
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
