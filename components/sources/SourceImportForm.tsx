"use client";
import { useActionState } from "react";
import { importSource } from "@/lib/actions/sources";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { SOURCE_KINDS, SOURCE_KIND_LABELS } from "@/lib/validation/sources";
import { Field } from "@/components/forms/Field";
import { DuplicateNotice } from "@/components/forms/DuplicateNotice";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

export function SourceImportForm() {
  const [state, action] = useActionState(importSource, initialFormState);
  return (
    <form action={action} className="stack" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <Field
        name="title"
        label="Title"
        state={state}
        hint="Optional when a file is chosen: the file's title is used."
        maxLength={300}
      />
      <div className="form-row">
        <Field name="publisher" label="Publisher" state={state} />
        <Field name="author" label="Author" state={state} />
      </div>
      <div className="form-row">
        <Field name="url" label="URL" type="url" state={state} placeholder="https://" />
        <Field name="publishedAt" label="Published" type="date" state={state} />
        <Field name="kind" label="Kind" state={state}>
          {(p) => (
            <select {...p} defaultValue={p.defaultValue ?? "article"}>
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {SOURCE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="text" label="Text" state={state} hint="Paste the article text here, or choose a file below.">
        {(p) => <textarea {...p} rows={12} />}
      </Field>
      <Field
        name="file"
        label="…or a file"
        type="file"
        accept=".txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf"
        state={state}
      />
      <DuplicateNotice state={state} href={`/sources/${state.duplicateOf}`} what="source" />
      <div>
        <SubmitButton pendingText="Importing…">Import source</SubmitButton>
      </div>
    </form>
  );
}
