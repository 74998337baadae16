import { z } from "zod";
import { SourceKind, valuesOf } from "@/lib/enums";
import {
  allowDuplicate,
  choice,
  cleanText,
  clearableText,
  editVersion,
  id,
  optionalDate,
  optionalText,
  optionalUrl,
  requiredText,
} from "./common";

/** 2 MB of text must import; the ceiling leaves room for long transcripts. */
export const MAX_SOURCE_CHARS = 5_000_000;

// Control characters other than tab/newline/carriage return mean the "text" is really binary.
const BINARY_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

export const sourceText = z
  .string({ error: "Text is required." })
  .max(MAX_SOURCE_CHARS, `Text must be at most ${MAX_SOURCE_CHARS.toLocaleString("en")} characters.`)
  .refine((t) => t.trim().length > 0, "Text is empty.")
  .refine((t) => !BINARY_CHARS.test(t), "Text contains binary data; import a .txt, .md or .html file.")
  .refine(...cleanText("Text", { multiline: true }));

export const SOURCE_KINDS = valuesOf(SourceKind);
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  article: "Article",
  statement: "Statement",
  transcript: "Transcript",
  other: "Other",
};
export const sourceKind = choice(SOURCE_KINDS, SOURCE_KIND_LABELS, "a kind of source");

export const sourceCreateInput = z.object({
  title: requiredText("Title", 300),
  text: sourceText,
  kind: sourceKind.default("article"),
  publisher: optionalText("Publisher", 200),
  author: optionalText("Author", 200),
  url: optionalUrl,
  publishedAt: optionalDate("Published date"),
  /** Import even when a source with exactly this text exists. */
  allowDuplicate: allowDuplicate.default(false),
});
export type SourceCreateInput = z.infer<typeof sourceCreateInput>;

const clearable = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? null : v);

/** Source metadata only: the text is immutable and changes by a new revision. */
export const sourceUpdateInput = z.object({
  version: editVersion,
  title: requiredText("Title", 300).optional(),
  kind: sourceKind.optional(),
  publisher: clearableText("Publisher", 200),
  author: clearableText("Author", 200),
  url: z.preprocess(
    clearable,
    z
      .url({ protocol: /^https?$/, error: "URL must start with http:// or https://." })
      .max(2000)
      .nullable()
      .optional(),
  ),
  publishedAt: z.preprocess(
    clearable,
    z
      .union([z.iso.date(), z.iso.datetime({ offset: true })], {
        error: "Published date must be a date like 2026-11-21.",
      })
      .transform((s) => new Date(s))
      .nullable()
      .optional(),
  ),
});
export type SourceUpdateInput = z.infer<typeof sourceUpdateInput>;

/** The reader asks for the details of the highlights under the pointer or focus (a few at a time). */
export const highlightDetailsInput = z.object({
  ids: z.array(id("Highlight")).min(1, "Name at least one highlight.").max(20),
});
