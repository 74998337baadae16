"use server";
// Server actions for the claim matcher's proposals (reader side panel, claim page) and the
// similar-claim hint of the claim forms.
import { revalidatePath } from "next/cache";
import { currentPrincipal } from "@/lib/auth/current";
import { acceptClaimMatch, dismissClaimMatch } from "@/lib/services/claim-matches";
import { findSimilarClaims, type SimilarClaimItem } from "@/lib/services/similar-claims";
import { STANCE_LABELS, type Stance } from "@/lib/validation/evidence";
import { formAction, formObject } from "./action-client";
import { requiredId } from "./workspace-forms";

function refresh(sourceId: string, claimId: string) {
  revalidatePath(`/sources/${sourceId}`);
  revalidatePath(`/claims/${claimId}`);
  revalidatePath(`/claims/${claimId}/dispute`);
}

export const acceptClaimMatchForm = formAction(async (principal, form) => {
  const { id: _id, ...input } = formObject(form);
  const accepted = await acceptClaimMatch(principal, requiredId(form), input);
  refresh(accepted.sourceId, accepted.claimId);
  return {
    ok: true,
    message: accepted.stance
      ? `Saved as evidence: ${STANCE_LABELS[accepted.stance as Stance]?.toLowerCase() ?? accepted.stance}.`
      : "Saved as an appearance of the claim.",
  };
});

export const dismissClaimMatchForm = formAction(async (principal, form) => {
  const dismissed = await dismissClaimMatch(principal, requiredId(form));
  refresh(dismissed.sourceId, dismissed.claimId);
  return { ok: true, message: "Match dismissed." };
});

/** Similar existing claims for the text being typed in a claim form. */
export async function similarClaimOptions(text: string): Promise<{ items: SimilarClaimItem[]; warning: boolean }> {
  if (!text.trim()) return { items: [], warning: false };
  const { items, warning } = await findSimilarClaims(await currentPrincipal(), { text: text.slice(0, 2000) });
  return { items, warning };
}
