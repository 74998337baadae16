"use client";
import { useActionState } from "react";
import { mergeActorsForm } from "@/lib/actions/actors";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { searchActorOptions } from "@/lib/actions/workspace";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Combobox } from "@/components/forms/Combobox";

/** Merges a duplicate actor with this one; the analyst chooses which record survives. */
export function MergeForm({ actorId, actorName }: { actorId: string; actorName: string }) {
  const [state, action] = useActionState(mergeActorsForm, initialFormState);
  const chosen = state.values?.mergeId;
  const survivor = state.values?.survivor ?? "this";
  return (
    <form action={action} className="stack-tight" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="actorId" value={actorId} />
      <Combobox
        name="mergeId"
        label="Duplicate actor"
        search={async (q) => (await searchActorOptions(q)).filter((o) => o.id !== actorId)}
        defaultValue={chosen ? { id: chosen, label: state.values?.mergeIdLabel ?? chosen } : null}
        hint="Its statements, claims and aliases move to the survivor; its name becomes an alias."
        errors={state.fields?.mergeId}
      />
      <fieldset className="choice-group">
        <legend>Which record survives?</legend>
        <label className="choice">
          <input type="radio" name="survivor" value="this" defaultChecked={survivor === "this"} /> {actorName} (this
          page)
        </label>
        <label className="choice">
          <input type="radio" name="survivor" value="other" defaultChecked={survivor === "other"} /> The duplicate
          chosen above
        </label>
      </fieldset>
      <div>
        <SubmitButton pendingText="Merging…">Merge actors</SubmitButton>
      </div>
    </form>
  );
}
