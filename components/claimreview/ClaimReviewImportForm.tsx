"use client";
import Link from "next/link";
import { useActionState } from "react";
import { importClaimReviewForm } from "@/lib/actions/claimreview-import";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

/**
 * Other organisations' published fact-checks become draft claims, their rating kept as theirs: from
 * a fact-check page's address (its ClaimReview JSON-LD) or a .json file.
 */
export function ClaimReviewImportForm() {
  const [state, action] = useActionState(importClaimReviewForm, initialFormState);
  return (
    <section aria-labelledby="import-fact-check-heading" id="import-fact-check">
      <h2 id="import-fact-check-heading">Import a published fact-check</h2>
      <p className="small muted">
        Each fact-check becomes a draft claim with its claimant; the other organisation&apos;s rating is shown under
        “Other fact-checkers”, never as this desk&apos;s verdict. A fact-check imported before is left as it is.
      </p>
      <form action={action} className="stack" noValidate key={formKey(state)}>
        <FormMessage state={state} />
        {state.ok && state.links?.length ? (
          <ul className="small" aria-label="Imported claims">
            {state.links.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
                {l.note ? <span className="muted"> ({l.note})</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        <Field
          name="url"
          scope="claimreview"
          label="Fact-check page address"
          type="url"
          state={state}
          placeholder="https://"
          hint="The page of a published fact-check that carries schema.org ClaimReview markup."
        />
        <Field
          name="json"
          scope="claimreview"
          label="…or a JSON file"
          type="file"
          accept=".json,application/json,application/ld+json"
          state={state}
          hint="ClaimReview JSON-LD, or a Google Fact Check Tools claim search response."
        />
        <label className="choice small">
          <input type="checkbox" name="fetchAppearances" defaultChecked={state.values?.fetchAppearances === "on"} />{" "}
          Also fetch and archive the pages where each claim appeared
        </label>
        <div>
          <SubmitButton pendingText="Importing…">Import fact-check</SubmitButton>
        </div>
      </form>
    </section>
  );
}
