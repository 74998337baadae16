"use client";
import { useActionState } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { searchClaimOptions } from "@/lib/actions/workspace";
import { addRelationForm } from "@/lib/actions/workspace-claims";
import { RELATION_KINDS, RELATION_LABELS } from "@/lib/validation/relations";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Combobox } from "@/components/forms/Combobox";
import { InlineField } from "@/components/forms/InlineField";

export function RelationForm({ claimId }: { claimId: string }) {
  const [state, action] = useActionState(addRelationForm, initialFormState);
  const chosen = state.values?.toClaimId;
  return (
    <form action={action} className="stack-tight" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <InlineField
        name="kind"
        label="This claim…"
        defaultValue={state.values?.kind ?? "contradicts"}
        errors={state.fields?.kind}
      >
        {(p) => (
          <select {...p}>
            {RELATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {RELATION_LABELS[k].out.toLowerCase()}
              </option>
            ))}
          </select>
        )}
      </InlineField>
      <Combobox
        name="toClaimId"
        label="Related claim"
        search={(q) => searchClaimOptions(q, claimId)}
        defaultValue={chosen ? { id: chosen, label: state.values?.toClaimIdLabel ?? chosen } : null}
        hint="Type to search claims."
        errors={state.fields?.toClaimId}
      />
      <div>
        <SubmitButton pendingText="Adding…">Add relation</SubmitButton>
      </div>
    </form>
  );
}
