// Inputs for publishing and correcting claim cards, and for reading one. Shared by the server
// actions (lib/actions/review.ts) and the route handlers. Safe for client code.
import { z } from "zod";
import { cleanText, optionalText, requiredText } from "./common";
import { attributionVerdict, expectedVersion, truthVerdict } from "./reviews";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : (v ?? undefined));

export const publishInput = z.object({
  headline: requiredText("Headline", 200),
  truthVerdict,
  attributionVerdict,
  // Blank is allowed here on purpose: a missing rationale is one of the publish gate's items,
  // reported together with the others in `fields.publish`.
  rationale: z.preprocess(
    (v) => (v == null ? "" : v),
    z
      .string({ error: "Rationale must be text." })
      .trim()
      .max(10_000, "Rationale must be at most 10000 characters.")
      .refine(...cleanText("Rationale", { multiline: true })),
  ),
  version: expectedVersion,
});
export type PublishInput = z.infer<typeof publishInput>;

/** A correction always carries a public note; anything not given is kept from the current version. */
export const correctionInput = z.object({
  note: requiredText("Correction note", 2000, { multiline: true }),
  headline: optionalText("Headline", 200),
  truthVerdict: z.preprocess(blankToUndefined, truthVerdict.optional()),
  attributionVerdict: z.preprocess(blankToUndefined, attributionVerdict.optional()),
  rationale: optionalText("Rationale", 10_000, { multiline: true }),
  version: expectedVersion,
});
export type CorrectionInput = z.infer<typeof correctionInput>;

export const cardQuery = z.object({
  version: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Version must be a number." })
      .int("Version must be a whole number.")
      .min(1, "Version must be at least 1.")
      .optional(),
  ),
});
