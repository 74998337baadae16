"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addAlias, createActor, mergeActors, removeAlias, updateActor } from "@/lib/services/actors";
import { formAction, formObject, requiredId } from "./action-client";

export const createActorFromForm = formAction("actor:write", async (principal, form) => {
  const actor = await createActor(principal, formObject(form));
  revalidatePath("/actors");
  return { ok: true, message: `Added ${actor.name}.` };
});

export const addAliasForm = formAction("actor:write", async (principal, form) => {
  const actorId = requiredId(form, "actorId");
  const alias = await addAlias(principal, actorId, formObject(form));
  revalidatePath(`/actors/${actorId}`);
  return { ok: true, message: `Added alias “${alias.alias}”.` };
});

export const removeAliasForm = formAction("actor:write", async (principal, form) => {
  const actorId = requiredId(form, "actorId");
  await removeAlias(principal, actorId, requiredId(form));
  revalidatePath(`/actors/${actorId}`);
  return { ok: true, message: "Alias removed." };
});

/** `survivor` says which of the two keeps its id: this page's actor or the one picked. */
export const mergeActorsForm = formAction("actor:merge", async (principal, form) => {
  const actorId = requiredId(form, "actorId");
  const otherId = form.get("mergeId") ? requiredId(form, "mergeId") : "";
  const keepOther = form.get("survivor") === "other" && otherId;
  const survivorId = keepOther ? otherId : actorId;
  await mergeActors(principal, survivorId, { mergeId: keepOther ? actorId : otherId });
  revalidatePath("/actors");
  redirect(`/actors/${survivorId}?merged=1`);
});

/** Corrects name, kind or description from the actor page; a stale `version` is refused with 409. */
export const updateActorForm = formAction("actor:write", async (principal, form) => {
  const actorId = requiredId(form, "actorId");
  const { actorId: _id, ...input } = formObject(form);
  const actor = await updateActor(principal, actorId, input);
  revalidatePath(`/actors/${actorId}`);
  revalidatePath("/actors");
  return { ok: true, message: `Saved ${actor.name} (version ${actor.version}).` };
});
