// The one way server actions are built: resolve the signed-in user, run the service (which
// validates with the shared zod schema and checks the role), turn domain errors into form state.
import "server-only";
import { currentPrincipal } from "@/lib/auth/current";
import type { Principal } from "@/lib/auth/principal";
import { DomainError, DuplicateError } from "@/lib/errors";
import type { FormState } from "./form-state";

type Handler = (principal: Principal | null, form: FormData) => Promise<FormState | void>;

const echoValues = (form: FormData) =>
  Object.fromEntries(
    [...form.entries()]
      .filter(([k, v]) => typeof v === "string" && !k.startsWith("$") && k !== "password")
      .map(([k, v]) => [k, String(v)]),
  );

export function formAction(handler: Handler) {
  return async (_previous: FormState, form: FormData): Promise<FormState> => {
    try {
      return { ...((await handler(await currentPrincipal(), form)) ?? { ok: true }), at: Date.now() };
    } catch (error) {
      // redirect() and notFound() signal by throwing; they must pass through.
      if (!(error instanceof DomainError)) throw error;
      // Field messages show beside their inputs; the summary only points at them.
      const message =
        error.fields && Object.keys(error.fields).some((k) => form.has(k))
          ? "Please correct the fields marked below."
          : error.message;
      const duplicateOf = error instanceof DuplicateError ? error.existingId : undefined;
      return { ok: false, message, fields: error.fields, values: echoValues(form), duplicateOf, at: Date.now() };
    }
  };
}

/** FormData to a plain object for the zod schemas; repeated keys become arrays. */
export function formObject(form: FormData, arrayKeys: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue;
    const values = form.getAll(key).filter((v) => typeof v === "string");
    out[key] = arrayKeys.includes(key) ? values : values[0];
  }
  return out;
}
