import type { FieldErrors } from "@/lib/errors";

/** What every form's server action returns to the form (shared by server and client code). */
export type FormState = { ok: boolean; message?: string; fields?: FieldErrors; values?: Record<string, string> };
export const initialFormState: FormState = { ok: false };
