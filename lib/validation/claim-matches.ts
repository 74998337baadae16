import { z } from "zod";
import { ProposalStatus, valuesOf } from "@/lib/enums";
import { choice, optionalText } from "./common";
import { STANCES, STANCE_LABELS } from "./evidence";

export const CLAIM_MATCH_STATUSES = valuesOf(ProposalStatus);
export const claimMatchListQuery = z.object({
  status: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(CLAIM_MATCH_STATUSES, { error: "Status must be pending, accepted or dismissed." }).default("pending"),
  ),
});

/** Accept a match as evidence (stance prefilled with the guess, editable) or as an appearance. */
export const claimMatchAcceptInput = z.object({
  as: z.preprocess(
    (v) => (v === "" || v === undefined ? "evidence" : v),
    z.enum(["evidence", "appearance"], { error: "Accept as evidence or as appearance." }),
  ),
  stance: z.preprocess((v) => (v === "" ? undefined : v), choice(STANCES, STANCE_LABELS, "a stance").optional()),
  note: optionalText("Note", 5000),
});
export type ClaimMatchAcceptInput = z.infer<typeof claimMatchAcceptInput>;

/** Text of a claim being written, to find similar claims before it is saved. */
export const similarClaimsQuery = z.object({
  text: z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z.string().trim().min(1, "Text is required.").max(2000, "Text must be at most 2,000 characters."),
  ),
});
