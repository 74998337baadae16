import { z } from "zod";
import { ActorKind, valuesOf } from "@/lib/enums";
import { choice, clearableText, editVersion, optionalText, requiredText, stringList } from "./common";

export const ACTOR_KINDS = valuesOf(ActorKind);
export type { ActorKind };
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: "Person",
  organization: "Organization",
  government: "Government",
  armed_group: "Armed group",
  outlet: "Outlet",
  anonymous: "Anonymous source",
};

const actorKind = choice(ACTOR_KINDS, ACTOR_KIND_LABELS, "a kind of actor");

export const actorCreateInput = z.object({
  name: requiredText("Name", 200),
  kind: actorKind,
  aliases: stringList("aliases", 50, 200),
  description: optionalText("Description", 2000, { multiline: true }),
});
export type ActorCreateInput = z.infer<typeof actorCreateInput>;

export const actorUpdateInput = z.object({
  version: editVersion,
  name: requiredText("Name", 200).optional(),
  kind: actorKind.optional(),
  description: clearableText("Description", 2000),
});
export type ActorUpdateInput = z.infer<typeof actorUpdateInput>;

export const aliasInput = z.object({ alias: requiredText("Alias", 200) });

/** `mergeId` is folded into the actor named in the URL, which survives. */
export const actorMergeInput = z.object({ mergeId: requiredText("Actor to merge", 64) });
