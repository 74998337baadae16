"use client";
import { useActionState } from "react";
import { updateSourceForm } from "@/lib/actions/sources";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { isoDay } from "@/lib/format";
import { SOURCE_KINDS, SOURCE_KIND_LABELS } from "@/lib/validation/sources";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { InlineField } from "@/components/forms/InlineField";

type Source = {
  id: string;
  title: string;
  kind: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  publishedAt: Date | null;
  version: number;
};

/** Title, publisher, author, URL, date and kind; saved only at the version the form was opened at. */
export function SourceEditForm({ source }: { source: Source }) {
  const [state, action] = useActionState(updateSourceForm, initialFormState);
  const value = (key: Exclude<keyof Source, "id" | "version">) => {
    const echoed = state.ok ? undefined : state.values?.[key];
    if (echoed !== undefined) return echoed;
    const v = source[key];
    return v instanceof Date ? isoDay(v) : (v ?? "");
  };
  return (
    <details open={!!state.message}>
      <summary>Correct the details</summary>
      <form action={action} className="stack-tight" noValidate key={formKey(state)} aria-label="Edit source details">
        <FormMessage state={state} />
        <input type="hidden" name="id" value={source.id} />
        <input type="hidden" name="version" value={source.version} />
        <InlineField name="title" label="Title" defaultValue={value("title")} errors={state.fields?.title} />
        <InlineField
          name="publisher"
          label="Publisher"
          defaultValue={value("publisher")}
          errors={state.fields?.publisher}
        />
        <InlineField name="author" label="Author" defaultValue={value("author")} errors={state.fields?.author} />
        <InlineField name="url" label="URL" defaultValue={value("url")} errors={state.fields?.url} />
        <InlineField
          name="publishedAt"
          label="Published (YYYY-MM-DD)"
          defaultValue={value("publishedAt")}
          errors={state.fields?.publishedAt}
        />
        <InlineField name="kind" label="Kind" defaultValue={value("kind")} errors={state.fields?.kind}>
          {(p) => (
            <select {...p}>
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {SOURCE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </InlineField>
        <p className="small muted" style={{ margin: 0 }}>
          The text itself is fixed; a changed text becomes a new revision.
        </p>
        <div>
          <SubmitButton pendingText="Saving…">Save details</SubmitButton>
        </div>
      </form>
    </details>
  );
}
