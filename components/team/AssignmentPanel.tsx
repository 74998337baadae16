"use client";
import { useActionState } from "react";
import { assignFromForm, followForm, takeClaimForm } from "@/lib/actions/team";
import { formatDate } from "@/lib/format";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ActionButton } from "@/components/forms/ActionButton";

type Person = { id: string; name: string; email: string };
type Member = Person & { role: string };
type Props = {
  claimId: string;
  assignee: Person | null;
  reviewers: Person[];
  dueAt: string | null;
  following: boolean;
  canAssign: boolean;
  canTake: boolean;
  members: Member[];
};

const dateOnly = (iso: string | null) => (iso ? iso.slice(0, 10) : "");

/** Who works on the claim and by when; editors change it, an analyst may take an unassigned claim. */
export function AssignmentPanel({
  claimId,
  assignee,
  reviewers,
  dueAt,
  following,
  canAssign,
  canTake,
  members,
}: Props) {
  const [state, action] = useActionState(assignFromForm, initialFormState);
  const assignable = members.filter((m) => m.role !== "reviewer");
  const reviewerOptions = members.filter((m) => m.role !== "analyst");
  const chosen = new Set(reviewers.map((r) => r.id));
  return (
    <section aria-labelledby="assignment-heading" className="stack-tight">
      <h2 id="assignment-heading">Assignment</h2>
      <dl className="meta-list" data-testid="assignment">
        <dt>Assignee</dt>
        <dd>{assignee ? assignee.name : "Nobody yet"}</dd>
        <dt>Reviewers asked</dt>
        <dd>{reviewers.length ? reviewers.map((r) => r.name).join(", ") : "—"}</dd>
        <dt>Due</dt>
        <dd>{formatDate(dueAt)}</dd>
      </dl>
      <div className="row-actions">
        {!assignee && canTake && (
          <ActionButton action={takeClaimForm} fields={{ claimId }} label="Take this claim" className="primary" />
        )}
        <ActionButton
          action={followForm}
          fields={{ claimId, following: following ? "0" : "1" }}
          label={following ? "Unfollow" : "Follow"}
          ariaLabel={following ? "Unfollow this claim" : "Follow this claim's status changes"}
        />
      </div>
      {canAssign && (
        <details className="inline-create">
          <summary>Change assignment</summary>
          <form action={action} key={formKey(state)} className="stack-tight">
            <FormMessage state={state} />
            <input type="hidden" name="claimId" value={claimId} />
            <div className="field">
              <label htmlFor="assign-assigneeId">Assignee</label>
              <select id="assign-assigneeId" name="assigneeId" defaultValue={assignee?.id ?? ""}>
                <option value="">Nobody</option>
                {assignable.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name} ({m.email})
                  </option>
                ))}
              </select>
              {state.fields?.assigneeId && <span className="error small">{state.fields.assigneeId.join(" ")}</span>}
            </div>
            <fieldset className="choice-group">
              <legend>Request reviews from</legend>
              {reviewerOptions.map((m) => (
                <label key={m.id} className="choice">
                  <input type="checkbox" name="reviewerIds" value={m.id} defaultChecked={chosen.has(m.id)} />
                  <span>
                    {m.name} <span className="small muted">{m.email}</span>
                  </span>
                </label>
              ))}
              {state.fields?.reviewerIds && <span className="error small">{state.fields.reviewerIds.join(" ")}</span>}
            </fieldset>
            <div className="field">
              <label htmlFor="assign-dueAt">Due date</label>
              <input id="assign-dueAt" type="date" name="dueAt" defaultValue={dateOnly(dueAt)} />
              {state.fields?.dueAt && <span className="error small">{state.fields.dueAt.join(" ")}</span>}
            </div>
            <SubmitButton>Save assignment</SubmitButton>
          </form>
        </details>
      )}
    </section>
  );
}
