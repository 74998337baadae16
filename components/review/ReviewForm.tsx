"use client";
import { useActionState } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { submitReviewFromForm } from "@/lib/actions/review";
import { CONFIDENCES, CONFIDENCE_LABELS } from "@/lib/validation/reviews";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { VerdictFields } from "./VerdictFields";

type Mine = { truthVerdict: string; attributionVerdict: string; rationale: string; confidence: string } | null;

export function ReviewForm({ claimId, mine }: { claimId: string; mine: Mine }) {
  const [state, action] = useActionState(submitReviewFromForm, initialFormState);
  return (
    <form action={action} className="stack" noValidate key={formKey(state)} aria-label="Your review">
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <VerdictFields scope="review" state={state} defaults={mine ?? undefined} />
      <Field
        scope="review"
        name="rationale"
        label="Rationale"
        state={state}
        hint="Why: which evidence decided it, what is missing."
      >
        {(p) => (
          <textarea {...p} defaultValue={p.defaultValue ?? mine?.rationale} rows={5} style={{ minHeight: 120 }} />
        )}
      </Field>
      <Field scope="review" name="confidence" label="Confidence" state={state}>
        {(p) => (
          <select {...p} defaultValue={p.defaultValue ?? mine?.confidence ?? "medium"}>
            {CONFIDENCES.map((c) => (
              <option key={c} value={c}>
                {CONFIDENCE_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <SubmitButton pendingText="Submitting…">{mine ? "Update my review" : "Submit review"}</SubmitButton>
      </div>
    </form>
  );
}
