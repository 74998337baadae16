"use client";
import { useActionState, useRef, useState } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { createRevisionForm } from "@/lib/actions/workspace";
import { loadRevisionText } from "@/lib/reader/revision-text";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { InlineField } from "@/components/forms/InlineField";

/**
 * Uploads revision n+1. "Start from the current text" fills in the revision shown in the reader, from the
 * text the reader already fetched (lib/reader/revision-text.ts), so nothing is sent twice.
 */
export function RevisionForm({ sourceId, revisionId }: { sourceId: string; revisionId: string }) {
  const [state, action] = useActionState(createRevisionForm, initialFormState);
  const [loading, setLoading] = useState<"idle" | "loading" | "failed">("idle");
  const textRef = useRef<HTMLTextAreaElement>(null);

  async function loadCurrent() {
    setLoading("loading");
    try {
      const text = await loadRevisionText(revisionId);
      if (textRef.current) textRef.current.value = text;
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
