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

/**
 * "quote.exact" -> { quote: { exact } }, so form fields and API bodies share one schema. Every level
 * is a prototype-less object and formObject has already dropped `__proto__`/`constructor`/`prototype`
 * keys, so `__proto__.title` cannot reach Object.prototype.
 */
export function nestedFormObject(form: FormData, arrayKeys: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, raw] of Object.entries(formObject(form, arrayKeys))) {
    const value = lfOnly(key, raw);
    const path = key.split(".");
    let target = out;
    for (const part of path.slice(0, -1)) {
      const next = Object.hasOwn(target, part) ? target[part] : undefined;
      // "quote" sent both as a value and as "quote.exact": the nested fields win.
      target = target[part] = (next && typeof next === "object" ? next : Object.create(null)) as Record<
        string,
        unknown
      >;
    }
    target[path[path.length - 1]] = value;
  }
  return out;
}
