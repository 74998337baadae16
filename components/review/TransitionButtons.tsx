"use client";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { transitionFromForm } from "@/lib/actions/review";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Props = { claimId: string; version: number; transitions: { to: string; label: string }[] };

/**
 * One small form per allowed status change; the list comes from the service for this role. Always
 * rendered (even with no buttons left) so the result message survives the page refresh.
 */
export function TransitionButtons({ claimId, version, transitions }: Props) {
  const [state, action] = useActionState(transitionFromForm, initialFormState);
  return (
    <div className="stack">
      <FormMessage state={state} />
      {transitions.length === 0 && <p className="small muted">No status change available to your role.</p>}
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        {transitions.map((t) => (
          <form key={`${t.to}-${version}`} action={action}>
            <input type="hidden" name="claimId" value={claimId} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="to" value={t.to} />
            <SubmitButton pendingText="Saving…">{t.label}</SubmitButton>
          </form>
        ))}
      </div>
    </div>
  );
}
