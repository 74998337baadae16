"use client";
import { useActionState } from "react";
import { createWebhookForm, saveWebhookSettingsForm } from "@/lib/actions/team";
import { formKey, initialFormState } from "@/lib/actions/form-state";
import { WEBHOOK_EVENTS, WEBHOOK_EVENT_LABELS } from "@/lib/notify/kinds";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

export function NewWebhookForm() {
  const [state, action] = useActionState(createWebhookForm, initialFormState);
  return (
    <form action={action} key={formKey(state)} className="stack-tight">
      {/* The secret is in the message: keep it visible until the admin copies it. */}
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="webhook-url">Endpoint URL</label>
        <input
          id="webhook-url"
          name="url"
          type="url"
          required
          placeholder="https://hooks.example.org/claimdesk"
          defaultValue={state.ok ? "" : state.values?.url}
        />
        {state.fields?.url && <span className="error small">{state.fields.url.join(" ")}</span>}
      </div>
      <div className="field">
        <label htmlFor="webhook-description">Description (optional)</label>
        <input id="webhook-description" name="description" defaultValue={state.ok ? "" : state.values?.description} />
      </div>
      <fieldset className="choice-group">
        <legend>Events</legend>
        {WEBHOOK_EVENTS.map((e) => (
          <label key={e} className="choice">
            <input type="checkbox" name="events" value={e} defaultChecked /> {WEBHOOK_EVENT_LABELS[e]}
          </label>
        ))}
        {state.fields?.events && <span className="error small">{state.fields.events.join(" ")}</span>}
      </fieldset>
      <SubmitButton>Add endpoint</SubmitButton>
    </form>
  );
}

export function WebhookSettingsForm({ allowPrivateAddresses }: { allowPrivateAddresses: boolean }) {
  const [state, action] = useActionState(saveWebhookSettingsForm, initialFormState);
  return (
    <form action={action} className="stack-tight">
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="webhook-private">Private and loopback addresses</label>
        <select id="webhook-private" name="allowPrivateAddresses" defaultValue={allowPrivateAddresses ? "1" : "0"}>
          <option value="0">Refused (recommended)</option>
          <option value="1">Allowed, plain HTTP included (for receivers on your own network)</option>
        </select>
      </div>
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
