import { z } from "zod";
import { Stance, valuesOf } from "@/lib/enums";
import { claimCreateInput } from "./claims";
import {
  allowDuplicate,
  choice,
  cleanText,
  clearableId,
  clearableText,
  editVersion,
  id,
  optionalId,
  optionalText,
} from "./common";

export const STANCES = valuesOf(Stance);
export type { Stance };
export const STANCE_LABELS: Record<Stance, string> = {
  supports: "Supports",
  contradicts: "Contradicts",
  context: "Context",
};

const offset = (label: string) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number({ error: `${label} must be a number.` })
      .int(`${label} must be a whole number.`)
      .min(0, `${label} must be 0 or more.`)
      .optional(),
  );

export const quoteInput = z
  .object({
    exact: z
      .string({ error: "Quote is required." })
      .min(1, "Quote is required.")
      .max(10_000, "Quote must be at most 10,000 characters.")
      .refine((t) => t.trim().length > 0, "Quote is required.")
      .refine(...cleanText("Quote", { multiline: true })),
    prefix: z
      .string()
      .max(200, "Prefix must be at most 200 characters.")
      .refine(...cleanText("Prefix", { multiline: true }))
      .optional(),
    suffix: z
      .string()
      .max(200, "Suffix must be at most 200 characters.")
      .refine(...cleanText("Suffix", { multiline: true }))
      .optional(),
    start: offset("Start"),
    end: offset("End"),
  })
  .refine((q) => (q.start === undefined) === (q.end === undefined), {
    message: "Give both start and end, or neither.",
    path: ["end"],
  })
  .refine((q) => q.start === undefined || q.end === undefined || q.end > q.start, {
    message: "End must be after start.",
    path: ["end"],
  });
export type QuoteInput = z.infer<typeof quoteInput>;

export const evidenceCreateInput = z.object({
  sourceId: id("Source"),
  quote: quoteInput,
  stance: choice(STANCES, STANCE_LABELS, "a stance"),
  /** Internal: staff only, never published. */
  note: optionalText("Internal note", 5000, { multiline: true }),
  /** Shown with the evidence on the published card. */
  publicNote: optionalText("Public note", 2000, { multiline: true }),
  /** The recorded statement whose words this quotes; found by span overlap when not given. */
  statementId: optionalId("Statement"),
});
export type EvidenceCreateInput = z.infer<typeof evidenceCreateInput>;

/** From the reader: attach to an existing claim, or create the claim in the same step. */
export const readerEvidenceInput = evidenceCreateInput
  .extend({
    claimId: z.preprocess((v) => (v === "" ? undefined : v), id("Claim").optional()),
    newClaim: z.preprocess(
      (v) => (v && typeof v === "object" && Object.values(v).every((x) => x === undefined || x === "") ? undefined : v),
      claimCreateInput.pick({ text: true, kind: true }).optional(),
    ),
    /** Creates `newClaim` even when a claim with the same normalised text exists. */
    allowDuplicate: allowDuplicate.default(false),
  })
  .superRefine((v, ctx) => {
    if (v.claimId && v.newClaim)
      ctx.addIssue({ code: "custom", path: ["claimId"], message: "Choose a claim or create one, not both." });
    if (!v.claimId && !v.newClaim)
      ctx.addIssue({ code: "custom", path: ["claimId"], message: "Choose a claim or create one." });
  });
export type ReaderEvidenceInput = z.infer<typeof readerEvidenceInput>;

export const evidenceUpdateInput = z.object({
  version: editVersion,
  stance: choice(STANCES, STANCE_LABELS, "a stance").optional(),
  note: clearableText("Internal note", 5000),
  publicNote: clearableText("Public note", 2000),
  claimId: id("Claim").optional(),
  statementId: clearableId("Statement"),
});
export type EvidenceUpdateInput = z.infer<typeof evidenceUpdateInput>;
