import { claimMatchAcceptInput } from "@/lib/validation/claim-matches";
import type { ApiOperations } from "./types";
import * as records from "../responses/records";
import { itemList } from "../responses/common";

const writers = "analyst, editor, admin";

/** Issue 13, claim matching: the matcher's proposals per source and per claim, and similar claims. */
export const matchingOperations: ApiOperations = {
  "/sources/{id}/claim-matches": {
    get: {
      summary:
        "Passages of the source's current revision that the matcher found bearing on claims, with score and guessed stance (default: pending)",
      auth: "staff",
      query: ["status"],
      response: itemList(records.claimMatchRecord),
    },
  },
  "/claim-matches/{id}/accept": {
    post: {
      summary:
        "Accept a pending claim match as evidence (`as: evidence`, stance defaults to the guess) or as an appearance (`as: appearance`); links the statement under the passage when there is one; 409 if not pending or superseded",
      auth: writers,
      body: claimMatchAcceptInput,
      status: 201,
      response: records.claimMatchAccepted,
    },
  },
  "/claim-matches/{id}/dismiss": {
    post: { summary: "Dismiss a pending claim match", auth: writers, response: records.claimMatchDismissed },
  },
  "/claims/{id}/possible-evidence": {
    get: {
      summary: "Pending claim matches for this claim in other sources: possible evidence",
      auth: "staff",
      response: records.possibleEvidence,
    },
  },
  "/claims/similar": {
    get: {
      summary:
        "Existing claims most similar to `text`, with score, whether each looks like its opposite, and `warning` when one reaches the warning threshold",
      auth: "staff",
      query: ["text"],
      response: records.similarClaims,
    },
  },
};
