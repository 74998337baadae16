"use client";
import { useActionState, useState } from "react";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { saveStatementEdit, type StatementEditState } from "@/lib/actions/statement-edit";
import { statementFormValues, type EditableStatement } from "@/lib/reader/statement-form";
import { STATEMENT_KINDS, STATEMENT_KIND_LABELS } from "@/lib/validation/statements";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ConflictNotice } from "@/components/claims/ConflictNotice";
import { ActorField } from "./ActorField";
import { InlineField } from "@/components/forms/InlineField";

type Props = {
  statement: EditableStatement;
  /** Other statements of the source this one may be relayed in (a report quoting it). */
  reports: { id: string; label: string }[];
};

/**
 * Corrects who said it, through whom, how and how firmly; the words stay (re-anchoring moves them).
 * Sends the version it opened at: a stale save shows who changed it and offers their values.
 */
export function StatementEditForm({ statement, reports }: Props) {
  const [state, action] = useActionState<StatementEditState, FormData>(saveStatementEdit, initialFormState);
  const [reloadedAt, setReloadedAt] = useState<number | null>(null);
  // Rendered only while open: a long transcript lists many statements, each with the others as options.
  const [open, setOpen] = useState(false);
  const conflict = state.conflict;
  const reloaded = !!conflict && reloadedAt === state.at;
  // Opened values, the user's echoed ones after a refused save, or the latest after "Reload latest".
  const values =
    reloaded && conflict ? conflict.latest : state.ok || !state.values ? statementFormValues(statement) : state.values;
  const shown: StatementEditState = { ...state, values, fields: reloaded ? undefined : state.fields };
  const unsaved = reloaded ? state.values : undefined;
  const value = (key: string) => values[key] ?? "";
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="inline-create">
      <summary>Edit statement</summary>
      {open && (
        <>
          {conflict ? (
            <ConflictNotice conflict={conflict} reloaded={reloaded} onReload={() => setReloadedAt(state.at ?? 0)} />
          ) : (
            <FormMessage state={state} />
          )}
          <form
            action={action}
            className="stack-tight"
            noValidate
            key={`${formKey(state)}-${reloaded}`}
            aria-label={`Edit statement by ${statement.speaker.name}`}
          >
            <input type="hidden" name="id" value={statement.id} />
            <input type="hidden" name="version" value={value("version")} />
            <ActorField role="speaker" label="Speaker (who said it)" state={shown} />
            <ActorField
              role="via"
              label="Via (intermediary, optional)"
              state={shown}
              defaultKind="outlet"
              hint="The outlet or person it was relayed through; clear the name to remove it."
            />
            <InlineField
              name="viaText"
              label="How it was relayed"
              defaultValue={value("viaText")}
              errors={shown.fields?.viaText}
            />
            <InlineField name="cue" label="Cue verb" defaultValue={value("cue")} errors={shown.fields?.cue} />
            <fieldset className="choice-group">
              <legend>Kind</legend>
              {STATEMENT_KINDS.map((k) => (
                <label key={k} className="choice">
                  <input type="radio" name="kind" value={k} defaultChecked={value("kind") === k} />{" "}
                  {STATEMENT_KIND_LABELS[k]}
                </label>
              ))}
            </fieldset>
            <fieldset className="choice-group">
              <legend>Speaker</legend>
              <label className="choice">
                <input type="radio" name="anonymous" value="false" defaultChecked={value("anonymous") !== "true"} />{" "}
                Named
              </label>
              <label className="choice">
                <input type="radio" name="anonymous" value="true" defaultChecked={value("anonymous") === "true"} />{" "}
                Anonymous (“a senior official”)
              </label>
            </fieldset>
            <InlineField
              name="hedges"
              label="Hedges"
              defaultValue={value("hedges")}
              errors={shown.fields?.hedges}
              hint="Comma separated, e.g. reportedly, could not be independently verified. Empty: none."
            />
            <InlineField
              name="reportedById"
              label="Relayed in statement (a report quoting it)"
              defaultValue={value("reportedById")}
              errors={shown.fields?.reportedById}
            >
              {(p) => (
                <select {...p}>
                  <option value="">None</option>
                  {reports.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.label}
                    </option>
                  ))}
                </select>
              )}
            </InlineField>
            <div>
              <SubmitButton pendingText="Saving…">Save statement</SubmitButton>
            </div>
          </form>
          {unsaved && (
            <section className="panel small" aria-label="Your unsaved changes">
              <strong>Your unsaved changes:</strong> via {unsaved.viaIdLabel || unsaved["newVia.name"] || "none"}; cue{" "}
              {unsaved.cue || "none"}; hedges {unsaved.hedges || "none"}; relayed as “{unsaved.viaText || "—"}”.
            </section>
          )}
        </>
      )}
    </details>
  );
}
