"use server";
// Saving the claim edit form. A stale save (409) is turned into a conflict the form can show:
// who changed the claim, when, and their text, so the editor can reload without losing their own.
import { redirect } from "next/navigation";
import { ConflictError } from "@/lib/errors";
import { getClaim, updateClaim } from "@/lib/services/claims";
import { formAction, formObject, requiredId } from "./action-client";
import type { FormState } from "./form-state";

export type ClaimConflict = {
  currentVersion: number;
  updatedBy: string | null;
  updatedAt: string | null;
  latest: { text: string; kind: string; summary: string };
};
export type ClaimEditState = FormState & { conflict?: ClaimConflict };

const EDITABLE_FIELDS = ["text", "kind", "summary", "version"];

const save = formAction("claim:write", async (principal, form): Promise<ClaimEditState> => {
  const claimId = requiredId(form, "claimId");
  const values = Object.fromEntries(EDITABLE_FIELDS.map((k) => [k, String(form.get(k) ?? "")]));
  try {
    const saved = await updateClaim(principal, claimId, formObject(form));
    redirect(`/claims/${claimId}/edit?saved=${saved.version}`);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const latest = await getClaim(principal, claimId);
    const details = error.details as
      { currentVersion?: number; updatedBy?: string | null; updatedAt?: Date | string | null } | undefined;
    return {
      ok: false,
      message: error.message,
      values,
      conflict: {
        currentVersion: details?.currentVersion ?? latest.version,
        updatedBy: details?.updatedBy ?? null,
        updatedAt: details?.updatedAt ? new Date(details.updatedAt).toISOString() : null,
        latest: { text: latest.text, kind: latest.kind, summary: latest.summary ?? "" },
      },
    };
  }
});

// formAction passes the handler's extra `conflict` through; this restores its type for the form.
export const saveClaimEdit = save as (previous: ClaimEditState, form: FormData) => Promise<ClaimEditState>;
