"use client";
import { useActionState, useRef, useState, type FormEvent } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { acceptSuggestionForm, dismissSuggestionForm } from "@/lib/actions/workspace";
import { ACTOR_KINDS, ACTOR_KIND_LABELS } from "@/lib/validation/actors";
import { STATEMENT_KINDS, STATEMENT_KIND_LABELS } from "@/lib/validation/statements";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ActionButton } from "@/components/forms/ActionButton";
import { InlineField } from "@/components/forms/InlineField";
import { useReader } from "./ReaderWorkspace";
import { neighbourToFocus } from "@/lib/reader/return-focus";

type Suggestion = {
  id: string;
  sourceId: string;
  speakerName: string | null;
  speakerKind: string | null;
  viaName: string | null;
  viaKind: string | null;
  cue: string | null;
  kind: string;
  anonymous: boolean;
  hedges: string[];
};

function KindSelect(p: React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select {...p}>
      {ACTOR_KINDS.map((k) => (
        <option key={k} value={k}>
          {ACTOR_KIND_LABELS[k]}
        </option>
      ))}
    </select>
  );
}

/** Accept as proposed, edit speaker, intermediary, kinds, cue and hedges first, or dismiss. */
export function SuggestionActions({ suggestion: s, label }: { suggestion: Suggestion; label: string }) {
  const [state, action] = useActionState(acceptSuggestionForm, initialFormState);
  const reader = useReader();
  const open = !s.speakerName || !!state.message;
  // The edit form is made when it is first opened, then kept (with what was typed): fifty closed forms of
  // ten fields each were most of the reader's page, parsed and hydrated before the text (ADR 0034).
  const [opened, setOpened] = useState(open);
  const root = useRef<HTMLDivElement>(null);
  // The suggestion leaves the list once handled, taking the focused button with it: keep the person's
  // place in the list (the next suggestion) instead of dropping focus to the top of the page.
  const keepPlace = (message: (form: HTMLFormElement) => string) => (e: FormEvent<HTMLElement>) => {
    const item = root.current?.closest("li");
    if (!item || !(e.target instanceof HTMLFormElement)) return;
    const next = neighbourToFocus(item, ".suggestion-actions button", document.getElementById("suggestions-heading"));
    reader.whenGone(item, next, message(e.target));
  };
  const accepted = (form: HTMLFormElement) => {
    const name = new FormData(form).get("speakerName");
    return `Accepted: statement by ${typeof name === "string" && name.trim() ? name.trim() : s.speakerName}.`;
  };
  return (
    <div className="stack-tight" ref={root}>
      <div className="row-actions suggestion-actions">
        {s.speakerName && (
          <span className="inline-form" onSubmitCapture={keepPlace(accepted)}>
            <ActionButton
              action={acceptSuggestionForm}
              fields={{ id: s.id }}
              label="Accept"
              pendingLabel="Accepting…"
              className="primary small-button"
              ariaLabel={`Accept ${label}`}
            />
          </span>
        )}
        <span className="inline-form" onSubmitCapture={keepPlace(() => "Suggestion dismissed.")}>
          <ActionButton
            action={dismissSuggestionForm}
            fields={{ id: s.id, sourceId: s.sourceId }}
            label="Dismiss"
            pendingLabel="Dismissing…"
            ariaLabel={`Dismiss ${label}`}
          />
        </span>
      </div>
      <details open={open} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary>{s.speakerName ? "Edit before accepting" : "Name the speaker to accept"}</summary>
        {(opened || open) && (
          <form
            action={action}
            className="stack-tight"
            noValidate
            key={formKey(state)}
            onSubmitCapture={keepPlace(accepted)}
          >
            <FormMessage state={state} />
            <input type="hidden" name="id" value={s.id} />
            <InlineField
              name="speakerName"
              label="Speaker"
              defaultValue={state.values?.speakerName ?? s.speakerName ?? ""}
              errors={state.fields?.speakerName ?? state.fields?.speakerId}
              hint="Matched to an actor by name or alias, or created."
            />
            <InlineField
              name="speakerKind"
              label="Speaker is a"
              defaultValue={state.values?.speakerKind ?? s.speakerKind ?? "person"}
              errors={state.fields?.speakerKind}
              hint="Used only when a new actor is created."
            >
              {(p) => <KindSelect {...p} />}
            </InlineField>
            <InlineField
              name="viaName"
              label="Intermediary"
              defaultValue={state.values?.viaName ?? s.viaName ?? ""}
              errors={state.fields?.viaName ?? state.fields?.viaId}
              hint="The outlet or person it was relayed through; empty for none."
            />
            <InlineField
              name="viaText"
              label="How it was relayed"
              defaultValue={state.values?.viaText ?? ""}
              errors={state.fields?.viaText}
              hint="e.g. “according to the Velmora Post”; empty: the cue and intermediary."
            />
            <InlineField
              name="viaKind"
              label="Intermediary is a"
              defaultValue={state.values?.viaKind ?? s.viaKind ?? "outlet"}
              errors={state.fields?.viaKind}
            >
              {(p) => <KindSelect {...p} />}
            </InlineField>
            <InlineField
              name="cue"
              label="Cue verb"
              defaultValue={state.values?.cue ?? s.cue ?? ""}
              errors={state.fields?.cue}
            />
            <InlineField
              name="hedges"
              label="Hedges"
              defaultValue={state.values?.hedges ?? s.hedges.join(", ")}
              errors={state.fields?.hedges}
              hint="Comma separated, e.g. reportedly, allegedly."
            />
            <InlineField
              name="kind"
              label="Kind"
              defaultValue={state.values?.kind ?? s.kind}
              errors={state.fields?.kind}
            >
              {(p) => (
                <select {...p}>
                  {STATEMENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {STATEMENT_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              )}
            </InlineField>
            <InlineField
              name="anonymous"
              label="Speaker named?"
              defaultValue={state.values?.anonymous ?? String(s.anonymous)}
            >
              {(p) => (
                <select {...p}>
                  <option value="false">Named speaker</option>
                  <option value="true">Anonymous speaker</option>
                </select>
              )}
            </InlineField>
            <div>
              <SubmitButton pendingText="Accepting…">Accept with these changes</SubmitButton>
            </div>
          </form>
        )}
      </details>
    </div>
  );
}
