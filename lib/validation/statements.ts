import { z } from "zod";
import { ProposalStatus, StatementKind, valuesOf } from "@/lib/enums";
import { ACTOR_KINDS, ACTOR_KIND_LABELS } from "./actors";
import {
  choice,
  clearableId,
  clearableText,
  editVersion,
  id,
  optionalId,
  optionalText,
  requiredText,
  stringList,
} from "./common";
import { quoteInput } from "./evidence";

export const STATEMENT_KINDS = valuesOf(StatementKind);
export type { StatementKind };
export const STATEMENT_KIND_LABELS: Record<StatementKind, string> = {
  direct: "Direct quote",
  indirect: "Indirect (reported speech)",
};

/** A checkbox from a form ("on" or absent) or a JSON boolean. */
export const checkbox = z.preprocess(
  (v) => (v === "on" || v === "true" ? true : v === undefined || v === "" || v === "false" ? false : v),
  z.boolean({ error: "Must be true or false." }),
);

const statementKind = choice(STATEMENT_KINDS, STATEMENT_KIND_LABELS, "a kind of statement");

const actorKind = choice(ACTOR_KINDS, ACTOR_KIND_LABELS, "a kind of actor");

/** An actor created inline, e.g. while recording who said something. */
export const newActorInput = z.object({
  name: requiredText("Name", 200),
  kind: actorKind,
});

const blankToUndefined = (v: unknown) => {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "object" && Object.values(v).every((x) => x === undefined || x === "")) return undefined;
  return v;
};
const optionalNewActor = z.preprocess(blankToUndefined, newActorInput.optional());

/** Either an existing actor's id or a new actor, never both. */
const oneActor =
  (idKey: string, newKey: string, label: string, required: boolean) =>
  (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    if (value[idKey] && value[newKey])
      ctx.addIssue({ code: "custom", path: [idKey], message: `Choose an existing ${label} or create one, not both.` });
    if (required && !value[idKey] && !value[newKey])
      ctx.addIssue({ code: "custom", path: [idKey], message: `Choose the ${label} or create one.` });
  };

export const statementCreateInput = z
  .object({
    sourceId: requiredText("Source", 64),
    quote: quoteInput,
    speakerId: optionalId("Speaker"),
    newSpeaker: optionalNewActor,
    viaId: optionalId("Intermediary"),
    newVia: optionalNewActor,
    viaText: optionalText("How it was relayed", 300),
    cue: optionalText("Cue", 100),
    kind: statementKind,
    anonymous: checkbox.default(false),
    hedges: stringList("hedges", 20, 300),
    reportedById: optionalId("Reported by"),
  })
  .superRefine(oneActor("speakerId", "newSpeaker", "speaker", true))
  .superRefine(oneActor("viaId", "newVia", "intermediary", false));
export type StatementCreateInput = z.infer<typeof statementCreateInput>;

/** Corrections to a recorded statement; its words stay (re-anchor changes those). */
export const statementUpdateInput = z
  .object({
    version: editVersion,
    speakerId: optionalId("Speaker"),
    newSpeaker: optionalNewActor,
    viaId: clearableId("Intermediary"),
    newVia: optionalNewActor,
    viaText: clearableText("How it was relayed", 300),
    cue: clearableText("Cue", 100),
    kind: statementKind.optional(),
    anonymous: z.preprocess((v) => (v === "" ? undefined : v), checkbox.optional()),
    hedges: stringList("hedges", 20, 300).optional(),
    reportedById: clearableId("Reported by"),
  })
  .superRefine(oneActor("speakerId", "newSpeaker", "speaker", false))
  .superRefine(oneActor("viaId", "newVia", "intermediary", false));
export type StatementUpdateInput = z.infer<typeof statementUpdateInput>;

/** Re-placing a flagged span by re-selecting its words in the source's current revision. */
export const reanchorInput = z.object({ quote: quoteInput });

/**
 * What an analyst may change before accepting an extractor's suggestion. Names are matched to
 * existing actors (name or alias, any case) or become new actors.
 */
export const suggestionAcceptInput = z
  .object({
    speakerId: optionalId("Speaker"),
    speakerName: optionalText("Speaker", 200),
    /** The kind of a speaker created from the name (an existing actor keeps its own). */
    speakerKind: z.preprocess((v) => (v === "" ? undefined : v), actorKind.optional()),
    viaId: optionalId("Intermediary"),
    /** Empty removes the intermediary the extractor proposed; absent keeps it. */
    viaName: clearableText("Intermediary", 200),
    viaKind: z.preprocess((v) => (v === "" ? undefined : v), actorKind.optional()),
    viaText: optionalText("How it was relayed", 300),
    cue: optionalText("Cue", 100),
    kind: z.preprocess((v) => (v === "" ? undefined : v), statementKind.optional()),
    anonymous: z.preprocess((v) => (v === "" ? undefined : v), checkbox.optional()),
    hedges: stringList("hedges", 20, 300).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.speakerId && v.speakerName)
      ctx.addIssue({ code: "custom", path: ["speakerId"], message: "Give the speaker's id or name, not both." });
    if (v.viaId && v.viaName)
      ctx.addIssue({ code: "custom", path: ["viaId"], message: "Give the intermediary's id or name, not both." });
  });
export type SuggestionAcceptInput = z.infer<typeof suggestionAcceptInput>;

export const SUGGESTION_STATUSES = valuesOf(ProposalStatus);
export const suggestionListQuery = z.object({
  status: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(SUGGESTION_STATUSES, { error: "Status must be pending, accepted or dismissed." }).default("pending"),
  ),
});
/** A page of the reader's suggestion list: after the last one shown (by position), up to `limit`. */
export const suggestionPageQuery = z.object({
  after: z.object({ start: z.number().int().min(0), id: id("after.id") }).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const statementListQuery = z.object({ sourceId: requiredText("sourceId", 64) });
