// Building blocks shared by every input schema. Safe to import from client components.
import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : (v ?? undefined));

// Control characters (C0, DEL, C1) break XML feeds and terminals; non-characters (U+FFFE, U+FDD0…)
// are not text; a lone surrogate is not valid UTF-16 and cannot be stored as UTF-8. Multi-line texts
// keep tab, line feed and carriage return.
const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/u;
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Noncharacter_Code_Point}\p{Cs}]/u;

export type TextOptions = { multiline?: boolean };

/** True when the text holds no character a text field may not store. */
export const isCleanText = (value: string, { multiline = false }: TextOptions = {}) =>
  !(multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value);

/**
 * For search text, which is never stored: forbidden characters become spaces instead of refusing the
 * query, so "ferry\u0000dawn" searches for "ferry dawn". Same characters as cleanText.
 */
export const withoutUncleanChars = (value: string) =>
  value.replace(new RegExp(SINGLE_LINE_FORBIDDEN.source, "gu"), " ");

/**
 * The one rule every text input applies, as `.refine(...cleanText(label))`: no control characters
 * (tab and line breaks allowed where `multiline`), no Unicode non-characters, no lone surrogates.
 */
export const cleanText = (label: string, options: TextOptions = {}) =>
  [
    (value: string) => isCleanText(value, options),
    `${label} contains a control character or an invalid Unicode character; remove it and try again.`,
  ] as const;

/** "A, B or C": choices named the way a person reads them. */
export const orList = (words: readonly string[]) =>
  words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;

/**
 * One of a fixed set of codes. The refusal names the choices by their labels ("Choose a stance:
 * Supports, Contradicts or Context."), never by the codes, because people read it beside a form field.
 */
export function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  labels: Record<T[number], string>,
  what: string,
) {
  return z.enum(values, { error: `Choose ${what}: ${orList(values.map((v: T[number]) => labels[v]))}.` });
}

/** A string kept exactly as sent (quotes must match their source), clean of forbidden characters. */
export const safeText = (label: string, options: TextOptions = {}) =>
  z.string({ error: `${label} must be text.` }).refine(...cleanText(label, options));

export const requiredText = (label: string, max: number, options: TextOptions = {}) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(...cleanText(label, options));

export const optionalText = (label: string, max: number, options: TextOptions = {}) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: `${label} must be text.` })
      .trim()
      .max(max, `${label} must be at most ${max} characters.`)
      .refine(...cleanText(label, options))
      .optional(),
  );

export const optionalUrl = z.preprocess(
  blankToUndefined,
  z
    .url({ protocol: /^https?$/, error: "URL must start with http:// or https://." })
    .max(2000)
    .optional(),
);

export const optionalDate = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: `${label} must be a date like 2026-11-21.` })
      .transform((s) => new Date(s))
      .optional(),
  );

export const id = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(64)
    .refine(...cleanText(label));

export const optionalId = (label: string) => z.preprocess(blankToUndefined, id(label).optional());

export const stringList = (label: string, maxItems: number, maxLength: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(/[,\n]/) : (v ?? [])),
    z
      .array(
        z
          .string({ error: `${label} must be text.` })
          .trim()
          .max(maxLength, `Each of ${label} must be at most ${maxLength} characters.`)
          .refine(...cleanText(`Each of ${label}`)),
        { error: `${label} must be a list.` },
      )
      .max(maxItems, `At most ${maxItems} ${label}.`)
      .transform((items) => [...new Set(items.filter(Boolean))]),
  );

export const pageQuery = z.object({
  cursor: optionalText("Cursor", 64),
  limit: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Limit must be a number." })
      .int("Limit must be a whole number.")
      .min(1, "Limit must be at least 1.")
      .max(100, "Limit must be at most 100.")
      .default(25),
  ),
});
export type PageQuery = z.infer<typeof pageQuery>;

/** Zod issues as `{ "quote.exact": ["..."] }`, the shape every API error and form uses. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** For edits: absent leaves the field as it is; blank or null clears it. */
export const clearableText = (label: string, max: number) =>
  z.preprocess(
    (v) => (v === null || (typeof v === "string" && v.trim() === "") ? null : v),
    z
      .string({ error: `${label} must be text.` })
      .trim()
      .max(max, `${label} must be at most ${max} characters.`)
      .nullable()
      .optional(),
  );

/** For edits: absent leaves the link as it is; blank or null removes it. */
export const clearableId = (label: string) =>
  z.preprocess(
    (v) => (v === null || (typeof v === "string" && v.trim() === "") ? null : v),
    id(label).nullable().optional(),
  );

/** The record version an edit started from; a stale one is refused with 409. */
export const editVersion = z.coerce
  .number({ error: "Version is required." })
  .int("Version must be a whole number.")
  .min(1, "Version must be at least 1.");

/** A checkbox ("on") or JSON boolean that lets a caller go past a duplicate warning. */
export const allowDuplicate = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());
