// The search query string, as the API and the /search page receive it. Safe to import from client components.
import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { SEARCH_TYPES, type SearchType } from "@/lib/search/schema-objects";
import { TRUTH_VERDICTS } from "@/lib/verdicts";
import { CLAIM_STATUSES } from "./claims";
import { cleanText, optionalId, withoutUncleanChars } from "./common";

export { SEARCH_TYPES, type SearchType };
export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  claim: "Claim",
  source: "Source",
  statement: "Statement",
  evidence: "Evidence",
  actor: "Actor",
};

/** Results are ranked, so only the best ones are worth paging through. */
export const MAX_SEARCH_RESULTS = 200;
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 50;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : (v ?? undefined));

/** Cursors are opaque to clients; inside they are the offset into the ranked list. */
export const encodeSearchCursor = (offset: number) =>
  btoa(`offset:${offset}`).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
export function decodeSearchCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,24}$/.test(cursor)) return null;
  let decoded: string;
  try {
    decoded = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
  const m = /^offset:(\d{1,4})$/.exec(decoded);
  const offset = m ? Number(m[1]) : NaN;
  return Number.isInteger(offset) && offset > 0 && offset < MAX_SEARCH_RESULTS ? offset : null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const dateBound = (label: string, endOfDay: boolean) =>
  z.preprocess(
    blankToUndefined,
    z
      .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: `${label} must be a date like 2026-11-21.` })
      // A date-only upper bound includes that whole day.
      .transform((s) => new Date(DATE_ONLY.test(s) && endOfDay ? Date.parse(s) + 86_400_000 - 1 : Date.parse(s)))
      .optional(),
  );

export const searchQuery = z
  .object({
    q: z.preprocess(
      (v) => (typeof v === "string" ? v : (v ?? "")),
      z
        .string({ error: "Search text must be text." })
        .max(MAX_QUERY_LENGTH, `Search text must be at most ${MAX_QUERY_LENGTH} characters.`)
        .transform(withoutUncleanChars),
    ),
    type: z.preprocess(
      blankToUndefined,
      z.enum(SEARCH_TYPES, { error: `Type must be one of: ${SEARCH_TYPES.join(", ")}.` }).optional(),
    ),
    status: z.preprocess(blankToUndefined, z.enum(CLAIM_STATUSES, { error: "Unknown status." }).optional()),
    verdict: z.preprocess(blankToUndefined, z.enum(TRUTH_VERDICTS, { error: "Unknown verdict." }).optional()),
    actor: optionalId("Actor"),
    tag: z.preprocess(
      blankToUndefined,
      z
        .string({ error: "Tag must be text." })
        .trim()
        .max(50, "Tag must be at most 50 characters.")
        .refine(...cleanText("Tag"))
        .transform((t) => t.toLowerCase())
        .optional(),
    ),
    from: dateBound("From", false),
    to: dateBound("To", true),
    limit: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Limit must be a number." })
        .int("Limit must be a whole number.")
        .min(1, "Limit must be at least 1.")
        .max(MAX_SEARCH_LIMIT, `Limit must be at most ${MAX_SEARCH_LIMIT}.`)
        .default(DEFAULT_SEARCH_LIMIT),
    ),
    cursor: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(24, "Cursor is not valid.")
        .transform((c, ctx) => {
          const offset = decodeSearchCursor(c);
          if (offset === null) {
            ctx.addIssue({ code: "custom", message: "Cursor is not valid." });
            return z.NEVER;
          }
          return offset;
        })
        .optional(),
    ),
  })
  .refine((v) => !v.from || !v.to || v.from.getTime() <= v.to.getTime(), {
    message: "From must not be after To.",
    path: ["from"],
  });

export type SearchQueryInput = z.input<typeof searchQuery>;
export type SearchQuery = z.output<typeof searchQuery>;
