"use server";
import { redirect } from "next/navigation";
import { createClaim } from "@/lib/services/claims";
import { formAction, formObject } from "./action-client";

export const createClaimFromForm = formAction("claim:write", async (principal, form) => {
  const claim = await createClaim(principal, formObject(form, ["subjectIds"]));
  redirect(`/claims/${claim.id}`);
});
