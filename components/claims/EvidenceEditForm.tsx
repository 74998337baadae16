"use client";
import { useActionState, useState } from "react";
import { updateEvidenceForm } from "@/lib/actions/claims";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { STANCES, STANCE_LABELS } from "@/lib/validation/evidence";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { InlineField } from "@/components/forms/InlineField";

type Evidence = {
  id: string;
  claimId: string;
  stance: string;
  note: string | null;
  publicNote: string | null;
  version: number;
};

/** Stance and notes of one evidence item; the quote itself changes only by re-anchoring. */
export function EvidenceEditForm({ evidence: e }: { evidence: Evidence }) {
  const [state, action] = useActionState(updateEvidenceForm, initialFormState);
  // The form is rendered once opened (one per evidence item, rarely opened: no HTML for it until then).
  const [opened, setOpened] = useState(false);
  const failed = !!state.message && !state.ok;
  const value = (key: "stance" | "note" | "publicNote") =>
    (state.ok ? undefined : state.values?.[key]) ?? String(e[key] ?? "");
  return (
    <details open={failed} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="small">Edit stance and notes</summary>
      {(opened || failed) && (
        <form action={action} className="stack-tight" noValidate key={formKey(state)}>
          <FormMessage state={state} />
          <input type="hidden" name="id" value={e.id} />
          <input type="hidden" name="claimId" value={e.claimId} />
          <input type="hidden" name="version" value={e.version} />
          <InlineField name="stance" label="Stance" defaultValue={value("stance")} errors={state.fields?.stance}>
            {(p) => (
              <select {...p}>
                {STANCES.map((s) => (
                  <option key={s} value={s}>
                    {STANCE_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </InlineField>
          <InlineField
            name="publicNote"
            label="Public note (shown on the published card)"
            defaultValue={value("publicNote")}
            errors={state.fields?.publicNote}
          >
            {(p) => <textarea {...p} rows={2} />}
          </InlineField>
          <InlineField
            name="note"
            label="Internal note (staff only, never published)"
            defaultValue={value("note")}
            errors={state.fields?.note}
          >
            {(p) => <textarea {...p} rows={2} />}
          </InlineField>
          <div>
            <SubmitButton pendingText="Saving…">Save evidence</SubmitButton>
          </div>
        </form>
      )}
    </details>
  );
}
