"use server";
// Server actions for the staff review page (app/claims/[id]/review). Each validates through the same
// service and zod schema as its API route, then refreshes the page and any public card it changed.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { invalidatePublishedCard } from "@/lib/cards/cache";
import { correctCard, publishCard } from "@/lib/services/cards";
import { submitReview } from "@/lib/services/reviews";
import { transitionClaim } from "@/lib/services/workflow";
import { CLAIM_STATUS_LABELS } from "@/lib/validation/claims";
import { formAction, formObject, requiredId } from "./action-client";

const claimIdOf = (form: FormData) => requiredId(form, "claimId");
const refreshReviewPage = (claimId: string) => revalidatePath(`/claims/${claimId}/review`);

export const submitReviewFromForm = formAction("review:write", async (principal, form) => {
  const claimId = claimIdOf(form);
  const { revised } = await submitReview(principal, claimId, formObject(form));
  refreshReviewPage(claimId);
  return { ok: true, message: revised ? "Your review was updated." : "Your review was submitted." };
});

export const transitionFromForm = formAction("staff:read", async (principal, form) => {
  const claimId = claimIdOf(form);
  const result = await transitionClaim(principal, claimId, formObject(form));
  invalidatePublishedCard(result.slug);
  refreshReviewPage(claimId);
  return { ok: true, message: `Status is now ${CLAIM_STATUS_LABELS[result.status]}.` };
});

export const publishFromForm = formAction("card:publish", async (principal, form) => {
  const claimId = claimIdOf(form);
  const { card, slug } = await publishCard(principal, claimId, formObject(form));
  invalidatePublishedCard(slug);
  // The publish form disappears once the claim is published, taking its message with it; the
  // page shows the confirmation from the URL instead.
  redirect(`/claims/${claimId}/review?published=${card.number}`);
});

export const correctFromForm = formAction("card:publish", async (principal, form) => {
  const claimId = claimIdOf(form);
  const { card, slug } = await correctCard(principal, claimId, formObject(form));
  invalidatePublishedCard(slug);
  refreshReviewPage(claimId);
  return { ok: true, message: `Correction published as version ${card.number}.` };
});
