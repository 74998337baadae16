"use server";
// Server actions of the claim page: related claims and appearances.
import { revalidatePath } from "next/cache";
import {
  addClaimAppearance,
  addClaimRelation,
  removeClaimAppearance,
  removeClaimRelation,
} from "@/lib/services/claims";
import { listSourceChoices } from "@/lib/services/sources";
import { dataAction, formAction, formObject, requiredId } from "./action-client";

function refreshClaims(...ids: (string | undefined)[]) {
  for (const id of ids) if (id) revalidatePath(`/claims/${id}`);
}

export const addRelationForm = formAction("claim:write", async (principal, form) => {
  const claimId = requiredId(form, "claimId");
  const relation = await addClaimRelation(principal, claimId, formObject(form));
  refreshClaims(claimId, relation?.toClaimId);
  return { ok: true, message: "Relation added." };
});

export const removeRelationForm = formAction("claim:write", async (principal, form) => {
  const claimId = requiredId(form, "claimId");
  await removeClaimRelation(principal, claimId, requiredId(form));
  refreshClaims(claimId, form.get("otherId")?.toString());
  return { ok: true, message: "Relation removed." };
});

export const addAppearanceForm = formAction("claim:write", async (principal, form) => {
  const claimId = requiredId(form, "claimId");
  await addClaimAppearance(principal, claimId, formObject(form));
  refreshClaims(claimId);
  return { ok: true, message: "Appearance added." };
});

export const removeAppearanceForm = formAction("claim:write", async (principal, form) => {
  const claimId = requiredId(form, "claimId");
  await removeClaimAppearance(principal, claimId, requiredId(form));
  refreshClaims(claimId);
  return { ok: true, message: "Appearance removed." };
});

/** The newest sources for the appearance picker, fetched when a writer opens it (not in every page view). */
export const appearanceSourceOptions = dataAction("claim:write", async (principal) => listSourceChoices(principal));
