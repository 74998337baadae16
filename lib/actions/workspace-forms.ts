// Turns reader and workspace forms into the nested objects the zod schemas expect.
import "server-only";
import { formObject } from "./action-client";

/**
 * Browsers send every line break in a submitted form value as CRLF. Source texts are stored with
 * LF only (lib/sources/text.ts), so a quote, prefix or suffix spanning a line break must be turned
 * back to LF or it would no longer match the text it was selected from.
 */
const lfOnly = (key: string, value: unknown) =>
  key.startsWith("quote.") && typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value;

/** "quote.exact" -> { quote: { exact } }, so form fields and API bodies share one schema. */
export function nestedFormObject(form: FormData, arrayKeys: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(formObject(form, arrayKeys))) {
    const value = lfOnly(key, raw);
    const path = key.split(".");
    let target = out;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]] = value;
  }
  return out;
}

/** The id field every row action sends; a missing one is a broken form, not user input. */
export function requiredId(form: FormData, key = "id"): string {
  const value = form.get(key);
  if (typeof value !== "string" || !value) throw new Error(`Form field ${key} is missing.`);
  return value;
}
