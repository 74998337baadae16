import type { FieldErrors } from "@/lib/errors";

/** What every form's server action returns to the form (shared by server and client code). */
export type FormState = {
  ok: boolean;
  message?: string;
  fields?: FieldErrors;
  values?: Record<string, string>;
  /** The id of the existing record an input duplicates (the form links to it and offers to go ahead). */
  duplicateOf?: string;
  /** The record the action saved, for the reader to focus its highlight afterwards. */
  savedId?: string;
  /** Records the action made or found, for the form to list as links beside its message. */
  links?: { href: string; label: string; note?: string }[];
  at?: number;
};

/**
 * Key for the <form>: React resets uncontrolled fields after an action, so forms remount on each
 * result to show the echoed values (and a cleared form after success).
 */
export const formKey = (state: FormState) => String(state.at ?? 0);
export const initialFormState: FormState = { ok: false };
