"use server";
// Server actions of the reader (/sources/[id]): evidence, statements, suggestions, revisions.
import { revalidatePath } from "next/cache";
import { listActors } from "@/lib/services/actors";
import { searchClaims } from "@/lib/services/claims";
import { addEvidenceFromReader, reanchorEvidence, removeEvidence } from "@/lib/services/evidence";
import { createRevision } from "@/lib/services/revisions";
import { createStatement, reanchorStatement, removeStatement } from "@/lib/services/statements";
import { acceptSuggestion, dismissSuggestion } from "@/lib/services/suggestions";
import { ValidationError } from "@/lib/errors";
import { ACTOR_KIND_LABELS } from "@/lib/validation/actors";
import { CLAIM_STATUS_LABELS } from "@/lib/validation/claims";
import { dataAction, formAction, requiredId } from "./action-client";
import { nestedFormObject } from "./workspace-forms";

/** A source's edits change its reader, the claims that cite it and their dispute views. */
function refreshSource(sourceId: string, claimId?: string) {
  revalidatePath(`/sources/${sourceId}`);
  if (claimId) {
    revalidatePath(`/claims/${claimId}`);
    revalidatePath(`/claims/${claimId}/dispute`);
  }
}

export const addEvidenceFromReaderForm = formAction("evidence:write", async (principal, form) => {
  const evidence = await addEvidenceFromReader(principal, nestedFormObject(form));
  refreshSource(evidence.sourceId, evidence.claimId);
  return { ok: true, message: "Evidence saved and highlighted.", savedId: evidence.id };
});

export const recordStatementForm = formAction("statement:write", async (principal, form) => {
  const statement = await createStatement(principal, nestedFormObject(form));
  refreshSource(statement.sourceId);
  revalidatePath(`/actors/${statement.speakerId}`);
  return { ok: true, message: `Statement by ${statement.speaker.name} saved.`, savedId: statement.id };
});

export const acceptSuggestionForm = formAction("statement:write", async (principal, form) => {
  const { id, ...overrides } = nestedFormObject(form);
  const statement = await acceptSuggestion(principal, String(id ?? requiredId(form)), overrides);
  refreshSource(statement.sourceId);
  return { ok: true, message: `Accepted: statement by ${statement.speaker.name}.`, savedId: statement.id };
});

export const dismissSuggestionForm = formAction("statement:write", async (principal, form) => {
  await dismissSuggestion(principal, requiredId(form));
  refreshSource(requiredId(form, "sourceId"));
  return { ok: true, message: "Suggestion dismissed." };
});

export const removeEvidenceForm = formAction("evidence:write", async (principal, form) => {
  const removed = await removeEvidence(principal, requiredId(form));
  refreshSource(removed.sourceId, removed.claimId);
  return { ok: true, message: "Evidence removed." };
});

export const removeStatementForm = formAction("statement:write", async (principal, form) => {
  await removeStatement(principal, requiredId(form));
  refreshSource(requiredId(form, "sourceId"));
  return { ok: true, message: "Statement removed." };
});

export const reanchorForm = formAction("evidence:write", async (principal, form) => {
  const { id, kind, ...input } = nestedFormObject(form);
  const placed =
    kind === "statement"
      ? await reanchorStatement(principal, String(id), input)
      : await reanchorEvidence(principal, String(id), input);
  refreshSource(placed.sourceId, "claimId" in placed ? placed.claimId : undefined);
  return { ok: true, message: "Re-anchored to the current revision." };
});

export const createRevisionForm = formAction("source:write", async (principal, form) => {
  const sourceId = requiredId(form, "sourceId");
  const revision = await createRevision(principal, sourceId, nestedFormObject(form));
  refreshSource(sourceId);
  revalidatePath("/claims", "layout");
  const { reanchored, needsReview } = revision.reanchor;
  return {
    ok: true,
    message: `Revision ${revision.number} saved. ${reanchored} span(s) moved with the text${needsReview ? `; ${needsReview} need(s) review` : ""}.`,
  };
});

export type PickerOption = { id: string; label: string; hint?: string };

/** Picker queries are typed text; anything else (a malformed call) finds nothing. */
const pickerText = (value: unknown) => (typeof value === "string" ? value.slice(0, 200) : "");
/** A query the search refuses (say, a control character) simply matches nothing. */
async function orNoMatch(search: () => Promise<PickerOption[]>): Promise<PickerOption[]> {
  try {
    return await search();
  } catch (error) {
    if (error instanceof ValidationError) return [];
    throw error;
  }
}

/** Search-as-you-type for the claim picker. */
export const searchClaimOptions = dataAction(
  "staff:read",
  async (principal, q: string, excludeId?: string): Promise<PickerOption[]> => {
    const exclude = typeof excludeId === "string" && excludeId ? excludeId.slice(0, 64) : undefined;
    return orNoMatch(async () => {
      const claims = await searchClaims(principal, { q: pickerText(q), excludeId: exclude });
      return claims.map((c) => ({ id: c.id, label: c.text, hint: CLAIM_STATUS_LABELS[c.status] }));
    });
  },
);

/** Search-as-you-type for actor pickers: names and aliases. */
export const searchActorOptions = dataAction("staff:read", async (principal, q: string): Promise<PickerOption[]> => {
  return orNoMatch(async () => {
    const page = await listActors(principal, { q: pickerText(q), limit: 8 });
    return page.items.map((a) => ({
      id: a.id,
      label: a.name,
      hint: [ACTOR_KIND_LABELS[a.kind], ...a.aliases.map((x) => x.alias)].join(" · "),
    }));
  });
});
