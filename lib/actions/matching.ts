"use server";
// Server actions for the claim matcher's proposals (reader side panel, claim page) and the
// similar-claim hint of the claim forms.
import { revalidatePath } from "next/cache";
import { acceptClaimMatch, dismissClaimMatch } from "@/lib/services/claim-matches";
import { findSimilarClaims, type SimilarClaimItem } from "@/lib/services/similar-claims";
import { STANCE_LABELS } from "@/lib/validation/evidence";
import { dataAction, formAction, formObject, requiredId } from "./action-client";

function refresh(sourceId: string, claimId: string) {
  revalidatePath(`/sources/${sourceId}`);
  revalidatePath(`/claims/${claimId}`);
  revalidatePath(`/claims/${claimId}/dispute`);
}

export const acceptClaimMatchForm = formAction("evidence:write", async (principal, form) => {
  const { id: _id, ...input } = formObject(form);
  const accepted = await acceptClaimMatch(principal, requiredId(form), input);
  refresh(accepted.sourceId, accepted.claimId);
  return {
    ok: true,
    message: accepted.stance
      ? `Saved as evidence: ${STANCE_LABELS[accepted.stance].toLowerCase()}.`
      : "Saved as an appearance of the claim.",
  };
});

export const dismissClaimMatchForm = formAction("evidence:write", async (principal, form) => {
  const dismissed = await dismissClaimMatch(principal, requiredId(form));
  refresh(dismissed.sourceId, dismissed.claimId);
  return { ok: true, message: "Match dismissed." };
});

/** Similar existing claims for the text being typed in a claim form. */
export const similarClaimOptions = dataAction(
  "staff:read",
  async (principal, text: string): Promise<{ items: SimilarClaimItem[]; warning: boolean }> => {
    if (typeof text !== "string" || !text.trim()) return { items: [], warning: false };
    const { items, warning } = await findSimilarClaims(principal, { text: text.slice(0, 2000) });
    return { items, warning };
  },
);
