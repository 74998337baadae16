import { z } from "zod";
import { cleanText, optionalDate, optionalText, optionalUrl, requiredText } from "./common";

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

export const SOURCE_KINDS = ["article", "statement", "transcript", "other"] as const;

export const sourceCreateInput = z.object({
  title: requiredText("Title", 300),
  text: sourceText,
  kind: z.enum(SOURCE_KINDS, { error: "Kind must be article, statement, transcript or other." }).default("article"),
  publisher: optionalText("Publisher", 200),
  author: optionalText("Author", 200),
  url: optionalUrl,
  publishedAt: optionalDate("Published date"),
});
export type SourceCreateInput = z.infer<typeof sourceCreateInput>;
