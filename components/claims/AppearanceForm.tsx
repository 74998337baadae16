"use client";
import { useActionState, useEffect, useState } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { addAppearanceForm, appearanceSourceOptions } from "@/lib/actions/workspace-claims";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { InlineField } from "@/components/forms/InlineField";

type Choice = { id: string; title: string };

/**
 * Adds an appearance. Mounted when a writer opens "Add an appearance" (DetailsWhenOpened), it fetches
 * the newest sources then, so a view of the claim page does not carry a hundred titles (ADR 0035).
 */
export function AppearanceForm({ claimId, listed }: { claimId: string; listed: string[] }) {
  const [state, action] = useActionState(addAppearanceForm, initialFormState);
  const [sources, setSources] = useState<Choice[] | "loading" | "failed">("loading");
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    appearanceSourceOptions().then(
      (choices) => current && setSources(choices),
      () => current && setSources("failed"),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  if (sources === "loading")
    return (
      <p className="small muted" role="status">
        Loading sources…
      </p>
    );
  if (sources === "failed")
    return (
      <p className="small error" role="alert">
        The sources could not be loaded.{" "}
        <button
          type="button"
          className="small-button"
          onClick={() => {
            setSources("loading");
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </p>
    );
  const choices = sources.filter((s) => !listed.includes(s.id));
  if (!choices.length) return <p className="small muted">Every recent source is already listed.</p>;
  return (
    <form action={action} className="stack-tight" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <InlineField
        name="sourceId"
        label="Source where the claim appears"
        defaultValue={state.values?.sourceId ?? ""}
        errors={state.fields?.sourceId}
      >
        {(p) => (
          <select {...p}>
            <option value="">— choose a source —</option>
            {choices.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        )}
      </InlineField>
      <div>
        <SubmitButton pendingText="Adding…">Add appearance</SubmitButton>
      </div>
    </form>
  );
}
