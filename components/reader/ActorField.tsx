"use client";
import { useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { searchActorOptions } from "@/lib/actions/workspace";
import { ACTOR_KINDS, ACTOR_KIND_LABELS, type ActorKind } from "@/lib/validation/actors";
import { Field } from "@/components/forms/Field";
import { Combobox } from "@/components/forms/Combobox";

type Props = {
  /** Field names: `${role}Id` for an existing actor, `new${Role}.name` / `.kind` for a new one. */
  role: "speaker" | "via";
  label: string;
  state: FormState;
  defaultKind?: ActorKind;
  hint?: string;
  autoFocus?: boolean;
};

/** Picks an actor by name or alias, or creates one inline (saved with the statement). */
export function ActorField({ role, label, state, defaultKind = "person", hint, autoFocus }: Props) {
  const idName = `${role}Id`;
  const newName = `new${role[0].toUpperCase()}${role.slice(1)}`;
  const echoed = state.values?.[`${newName}.name`];
  const [creating, setCreating] = useState<string | null>(echoed ?? null);
  if (creating !== null) {
    return (
      <fieldset className="inline-create">
        <legend>{label}: new actor</legend>
        <div className="form-row">
          <Field name={`${newName}.name`} label="Name" state={state} defaultValue={creating} autoFocus />
          <Field name={`${newName}.kind`} label="Kind" state={state}>
            {(p) => (
              <select {...p} defaultValue={p.defaultValue ?? defaultKind}>
                {ACTOR_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {ACTOR_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="button" className="link-like" onClick={() => setCreating(null)}>
          Choose an existing actor instead
        </button>
      </fieldset>
    );
  }
  const chosenId = state.values?.[idName];
  return (
    <Combobox
      name={idName}
      label={label}
      search={searchActorOptions}
      autoFocus={autoFocus}
      defaultValue={chosenId ? { id: chosenId, label: state.values?.[`${idName}Label`] ?? chosenId } : null}
      onCreate={(text) => setCreating(text)}
      createLabel={(text) => `Create actor “${text}”`}
      hint={hint ?? "Type to search names and aliases."}
      errors={state.fields?.[idName]}
    />
  );
}
