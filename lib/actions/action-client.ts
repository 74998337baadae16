// The one way server actions are built. Every action declares the permission it needs; the client
// resolves the signed-in user and checks that permission BEFORE it touches the submitted data, so a
// new action cannot forget, and hostile input from an anonymous caller is never even parsed.
import "server-only";
import { forbidden, unauthorized } from "next/navigation";
import { currentPrincipal } from "@/lib/auth/current";
import { can, type Principal } from "@/lib/auth/principal";
import type { Permission } from "@/lib/auth/roles";
import { databaseUnavailable } from "@/lib/db/errors";
import { BadRequestError, DomainError, DuplicateError, ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { isCleanText } from "@/lib/validation/common";
import type { FormState } from "./form-state";

type Handler<P> = (principal: P, form: FormData) => Promise<FormState | void>;
/** "public" actions (sign-in) run for anyone; they get the principal or null. */
export type ActionAccess = Permission | "public";

const BROKEN_FORM = "This form was sent incomplete. Reload the page and try again.";

const echoValues = (form: FormData) =>
  Object.fromEntries(
    [...form.entries()]
      .filter(([k, v]) => typeof v === "string" && !k.startsWith("$") && k !== "password")
      .map(([k, v]) => [k, String(v)]),
  );

/** Who the caller is, and the refusal to send instead of running the action (null: allowed). */
async function admit(access: ActionAccess): Promise<{ principal: Principal | null; refusal: DomainError | null }> {
  const principal = await currentPrincipal();
  if (access === "public") return { principal, refusal: null };
  if (!principal) return { principal, refusal: new UnauthorizedError() };
  if (!can(principal, access)) return { principal, refusal: new ForbiddenError() };
  return { principal, refusal: null };
}

export function formAction(access: "public", handler: Handler<Principal | null>): ActionFn;
export function formAction(access: Permission, handler: Handler<Principal>): ActionFn;
export function formAction(access: ActionAccess, handler: Handler<Principal> | Handler<Principal | null>): ActionFn {
  const action = async (_previous: unknown, form: unknown): Promise<FormState> => {
    const { principal, refusal } = await admit(access);
    if (refusal) return { ok: false, message: refusal.message, at: Date.now() };
    // Anything can be posted to an action's id; only a real form reaches the handler.
    if (!(form instanceof FormData)) return { ok: false, message: BROKEN_FORM, at: Date.now() };
    try {
      // admit() refused every caller without the permission, so only "public" handlers see null.
      const result = await (handler as Handler<Principal | null>)(principal, form);
      return { ...(result ?? { ok: true }), at: Date.now() };
    } catch (thrown) {
      const error = databaseUnavailable(thrown) ?? thrown;
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
  return action;
}
type ActionFn = (previous: FormState, form: FormData) => Promise<FormState>;

/**
 * Server actions that return data rather than form state (the pickers). Anonymous callers get HTTP
 * 401 and the wrong role 403 (Next's unauthorized()/forbidden()), before any argument is looked at.
 */
export function dataAction<A extends unknown[], R>(
  access: Permission,
  handler: (principal: Principal, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const { principal, refusal } = await admit(access);
    if (refusal instanceof UnauthorizedError) unauthorized();
    if (refusal || !principal) forbidden();
    return handler(principal, ...args);
  };
}

/** Keys that would reach an object's prototype if used as property names. */
const PROTOTYPE_KEYS = new Set(["__proto__", "prototype", "constructor"]);
export const isPrototypeKey = (key: string) => PROTOTYPE_KEYS.has(key);

/**
 * FormData to an object for the zod schemas; repeated keys become arrays. The object has no
 * prototype and prototype-reaching names are dropped, so no form key can touch Object.prototype.
 */
export function formObject(form: FormData, arrayKeys: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$") || key.split(".").some(isPrototypeKey)) continue;
    const values = form.getAll(key).filter((v) => typeof v === "string");
    out[key] = arrayKeys.includes(key) ? values : values[0];
  }
  return out;
}

/**
 * The id field every row action sends; a missing or impossible one (too long, control characters:
 * PostgreSQL refuses a NUL byte outright) is a broken form, answered as such.
 */
export function requiredId(form: FormData, key = "id"): string {
  const value = form.get(key);
  if (typeof value !== "string" || !value || value.length > 64 || !isCleanText(value))
    throw new BadRequestError(BROKEN_FORM);
  return value;
}
