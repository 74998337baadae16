"use client";
import { useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { searchClaimOptions } from "@/lib/actions/workspace";
import { CLAIM_KINDS, CLAIM_KIND_LABELS } from "@/lib/validation/claims";
import { DuplicateNotice } from "@/components/forms/DuplicateNotice";
import { Field } from "@/components/forms/Field";
import { SimilarClaimsHint } from "@/components/matching/SimilarClaimsHint";
import { Combobox } from "@/components/forms/Combobox";

/** Picks the claim the evidence is for, or drafts a new claim inline (created with the evidence). */
export function ClaimField({ state, autoFocus }: { state: FormState; autoFocus?: boolean }) {
  const [creating, setCreating] = useState<string | null>(state.values?.["newClaim.text"] ?? null);
  if (creating !== null) {
    return (
      <fieldset className="inline-create">
        <legend>New claim</legend>
        <Field
          name="newClaim.text"
          label="Claim text"
          state={state}
          defaultValue={creating}
          hint="A checkable proposition."
        >
          {(p) => <textarea {...p} autoFocus rows={2} style={{ minHeight: 60 }} maxLength={500} />}
        </Field>
        <SimilarClaimsHint fieldName="newClaim.text" />
        <DuplicateNotice state={state} href={`/claims/${state.duplicateOf}`} what="claim" />
        <Field name="newClaim.kind" label="Claim kind" state={state}>
          {(p) => (
            <select {...p} defaultValue={p.defaultValue ?? "factual"}>
              {CLAIM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CLAIM_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" className="link-like" onClick={() => setCreating(null)}>
          Choose an existing claim instead
        </button>
      </fieldset>
    );
  }
  const chosenId = state.values?.claimId;
  return (
    <Combobox
      name="claimId"
      label="Claim"
      search={(q) => searchClaimOptions(q)}
      autoFocus={autoFocus}
      defaultValue={chosenId ? { id: chosenId, label: state.values?.claimIdLabel ?? chosenId } : null}
      onCreate={(text) => setCreating(text)}
      createLabel={(text) => `Create a new claim “${text}”`}
      hint="Type to search claims, or create one."
      errors={state.fields?.claimId}
    />
  );
}
