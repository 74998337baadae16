"use server";
import { revalidatePath } from "next/cache";
import { createActor } from "@/lib/services/actors";
import { formAction, formObject } from "./action-client";

export const createActorFromForm = formAction(async (principal, form) => {
  const actor = await createActor(principal, formObject(form));
  revalidatePath("/actors");
  return { ok: true, message: `Added ${actor.name}.` };
});
