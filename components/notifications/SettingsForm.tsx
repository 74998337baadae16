"use client";
import { useActionState } from "react";
import { saveNotificationSettingsForm } from "@/lib/actions/team";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Setting = { kind: string; label: string; inApp: boolean; email: boolean };

export function NotificationSettingsForm({
  settings,
  emailAvailable,
}: {
  settings: Setting[];
  emailAvailable: boolean;
}) {
  const [state, action] = useActionState(saveNotificationSettingsForm, initialFormState);
  return (
    <form action={action} className="stack">
      <FormMessage state={state} />
      {!emailAvailable && (
        <p className="small muted">
          E-mail is not set up on this desk (CLAIMDESK_SMTP_URL), so only the inbox is used.
        </p>
      )}
      <table className="list">
        <thead>
          <tr>
            <th>Tell me when</th>
            <th>In the inbox</th>
            <th>By e-mail</th>
          </tr>
        </thead>
        <tbody>
          {settings.map((s) => (
            <tr key={s.kind}>
              <td>
                <input type="hidden" name="kind" value={s.kind} />
                {s.label}
              </td>
              <td>
                <input
                  type="checkbox"
                  name={`${s.kind}.inApp`}
                  defaultChecked={s.inApp}
                  aria-label={`${s.label}: in the inbox`}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  name={`${s.kind}.email`}
                  defaultChecked={s.email}
                  disabled={!emailAvailable}
                  aria-label={`${s.label}: by e-mail`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {emailAvailable && <input type="hidden" name="emailEditable" value="1" />}
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
