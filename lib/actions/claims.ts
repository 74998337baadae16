"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createClaim } from "@/lib/services/claims";
import { updateEvidence } from "@/lib/services/evidence";
import { formAction, formObject } from "./action-client";

export const createClaimFromForm = formAction("claim:write", async (principal, form) => {
  const claim = await createClaim(principal, formObject(form, ["subjectIds"]));
  redirect(`/claims/${claim.id}`);
});

/** Corrects an evidence item's stance and notes from the claim page; a stale `version` gets 409. */
export const updateEvidenceForm = formAction("evidence:write", async (principal, form) => {
  const { id, claimId, ...input } = formObject(form);
  const evidence = await updateEvidence(principal, String(id ?? ""), input, String(claimId ?? ""));
  revalidatePath(`/claims/${evidence.claimId}`);
  revalidatePath(`/claims/${evidence.claimId}/dispute`);
  revalidatePath(`/sources/${evidence.sourceId}`);
  return { ok: true, message: "Evidence saved." };
});
