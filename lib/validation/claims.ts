import { z } from "zod";
import { ClaimKind, ClaimStatus, valuesOf } from "@/lib/enums";
import { allowDuplicate, choice, cleanText, id, optionalId, optionalText, requiredText, stringList } from "./common";

export const CLAIM_KINDS = valuesOf(ClaimKind);
export type { ClaimKind };
export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  factual: "Factual",
  responsibility_attribution: "Responsibility attribution",
  quote_attribution: "Quote attribution",
};

export const CLAIM_STATUSES = valuesOf(ClaimStatus);
export type { ClaimStatus };
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  verdict_proposed: "Verdict proposed",
  published: "Published",
  corrected: "Corrected",
  archived: "Archived",
};

const claimKind = choice(CLAIM_KINDS, CLAIM_KIND_LABELS, "a kind of claim");

export const claimCreateInput = z.object({
  text: requiredText("Claim text", 500, { multiline: true }).refine(
    (t) => t.length >= 5,
    "Claim text must be at least 5 characters.",
  ),
  kind: claimKind,
  claimantId: optionalId("Claimant"),
  subjectIds: stringList("subjects", 20, 64),
  tags: stringList("tags", 20, 50),
  summary: optionalText("Summary", 5000, { multiline: true }),
  /** Create even when a claim with the same normalised text exists. */
  allowDuplicate: allowDuplicate.default(false),
});
export type ClaimCreateInput = z.infer<typeof claimCreateInput>;

export const claimUpdateInput = z.object({
  version: z.coerce
    .number({ error: "Version is required." })
    .int("Version must be a whole number.")
    .min(1, "Version must be at least 1."),
  text: requiredText("Claim text", 500, { multiline: true })
    .refine((t) => t.length >= 5, "Claim text must be at least 5 characters.")
    .optional(),
  kind: claimKind.optional(),
  claimantId: z.preprocess((v) => (v === "" ? null : v), id("Claimant").nullable().optional()),
  summary: z.preprocess(
    (v) => (v === "" ? null : v),
    z
      .string({ error: "Summary must be text." })
      .trim()
      .max(5000, "Summary must be at most 5000 characters.")
      .refine(...cleanText("Summary", { multiline: true }))
      .nullable()
      .optional(),
  ),
  tags: stringList("tags", 20, 50).optional(),
});
export type ClaimUpdateInput = z.infer<typeof claimUpdateInput>;

export const claimListQuery = z.object({
  status: z.preprocess(
    (v) => (v === "" ? undefined : v),
    choice(CLAIM_STATUSES, CLAIM_STATUS_LABELS, "a status").optional(),
  ),
});
