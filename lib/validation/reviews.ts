// Inputs for reviewing claims and moving them through the workflow. Shared by the server actions
// (lib/actions/review.ts) and the route handlers under app/api/v1/claims/[id]. Safe for client code.
import { z } from "zod";
import { Confidence, valuesOf } from "@/lib/enums";
import { ATTRIBUTION_VERDICTS, TRUTH_VERDICTS } from "@/lib/verdicts";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "./claims";
import { choice, requiredText } from "./common";

export const CONFIDENCES = valuesOf(Confidence);
export type { Confidence };
export const CONFIDENCE_LABELS: Record<Confidence, string> = { low: "Low", medium: "Medium", high: "High" };

/** The claim version the caller read; a write from an older version is refused with 409. */
export const expectedVersion = z.coerce
  .number({ error: "Version is required." })
  .int("Version must be a whole number.")
  .min(1, "Version must be at least 1.");

// Seven and six choices are too many to list in a sentence; the select beside the message shows them.
export const truthVerdict = z.enum(TRUTH_VERDICTS, { error: "Choose a truth verdict." });
export const attributionVerdict = z.enum(ATTRIBUTION_VERDICTS, { error: "Choose an attribution verdict." });

export const reviewInput = z.object({
  truthVerdict,
  attributionVerdict,
  rationale: requiredText("Rationale", 5000, { multiline: true }),
  confidence: z.preprocess(
    (v) => (v === "" || v == null ? "medium" : v),
    choice(CONFIDENCES, CONFIDENCE_LABELS, "a confidence"),
  ),
});
export type ReviewInput = z.infer<typeof reviewInput>;

export const transitionInput = z.object({
  to: choice(CLAIM_STATUSES, CLAIM_STATUS_LABELS, "the status to move the claim to"),
  version: expectedVersion,
});
export type TransitionInput = z.infer<typeof transitionInput>;
