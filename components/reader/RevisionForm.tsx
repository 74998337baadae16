"use client";
import { useActionState, useRef, useState } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { createRevisionForm } from "@/lib/actions/workspace";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { InlineField } from "@/components/forms/InlineField";

/**
 * Uploads revision n+1. The current text is fetched only on request, so a 2 MB source is not
 * shipped to the browser twice just to render this form.
 */
export function RevisionForm({ sourceId }: { sourceId: string }) {
  const [state, action] = useActionState(createRevisionForm, initialFormState);
  const [loading, setLoading] = useState<"idle" | "loading" | "failed">("idle");
  const textRef = useRef<HTMLTextAreaElement>(null);

  async function loadCurrent() {
    setLoading("loading");
    try {
      const res = await fetch(`/api/v1/sources/${sourceId}`, { headers: { accept: "application/json" } });
      if (!res.ok) throw new Error(String(res.status));
      const source = await res.json();
      if (textRef.current) textRef.current.value = source.revision.text;
      setLoading("idle");
      textRef.current?.focus();
    } catch {
      setLoading("failed");
    }
  }

  return (
    <form action={action} className="stack-tight" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <InlineField
        name="text"
        label="New text"
        defaultValue={state.ok ? "" : state.values?.text}
        errors={state.fields?.text}
        hint="The whole text of the new version. Every highlight is re-anchored; those without a clear match are flagged for review."
      >
        {(p) => <textarea {...p} ref={textRef} rows={6} />}
      </InlineField>
      <div>
        <button type="button" className="secondary small-button" onClick={loadCurrent} disabled={loading === "loading"}>
          {loading === "loading" ? "Loading…" : "Start from the current text"}
        </button>
        {loading === "failed" && (
          <span className="error small" role="alert">
            {" "}
            Could not load the current text.
          </span>
        )}
      </div>
      <InlineField
        name="note"
        label="What changed (optional)"
        defaultValue={state.ok ? "" : state.values?.note}
        errors={state.fields?.note}
      />
      <div>
        <SubmitButton pendingText="Re-anchoring…">Upload revision</SubmitButton>
      </div>
    </form>
  );
}
