import { z } from "zod";

/** A ClaimReview import: a fact-check page's address, or the JSON itself (ClaimReview JSON-LD or Google Fact Check Tools). */
export const claimReviewImportInput = z
  .object({
    url: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z
        .url({ protocol: /^https?$/, error: "URL must start with http:// or https://." })
        .max(2000)
        .optional(),
    ),
    json: z.unknown().optional(),
    fetchAppearances: z.boolean({ error: "fetchAppearances must be true or false." }).default(false),
  })
  .refine((i) => (i.url === undefined) !== (i.json === undefined), {
    message: "Give either the address of a fact-check page (url) or its JSON (json), not both.",
    path: ["url"],
  });
export type ClaimReviewImportInput = z.infer<typeof claimReviewImportInput>;
