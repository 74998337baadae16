"use client";
import { useActionState } from "react";
import { updateActorForm } from "@/lib/actions/actors";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { ACTOR_KINDS, ACTOR_KIND_LABELS } from "@/lib/validation/actors";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { InlineField } from "@/components/forms/InlineField";

type Actor = { id: string; name: string; kind: string; description: string | null; version: number };

/** Name, kind and description, saved only if nobody changed the actor since the page was opened. */
export function ActorEditForm({ actor }: { actor: Actor }) {
  const [state, action] = useActionState(updateActorForm, initialFormState);
  const value = (key: keyof Actor) => (state.ok ? undefined : state.values?.[key]) ?? String(actor[key] ?? "");
  return (
    <form action={action} className="stack-tight" noValidate key={formKey(state)} aria-label="Edit actor">
      <FormMessage state={state} />
      <input type="hidden" name="actorId" value={actor.id} />
      <input type="hidden" name="version" value={actor.version} />
      <InlineField name="name" label="Name" defaultValue={value("name")} errors={state.fields?.name} />
      <InlineField name="kind" label="Kind" defaultValue={value("kind")} errors={state.fields?.kind}>
        {(p) => (
          <select {...p}>
            {ACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {ACTOR_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </InlineField>
      <InlineField
        name="description"
        label="Description"
        defaultValue={value("description")}
        errors={state.fields?.description}
      >
        {(p) => <textarea {...p} rows={3} />}
      </InlineField>
      <div>
        <SubmitButton pendingText="Saving…">Save actor</SubmitButton>
      </div>
    </form>
  );
}
