import type { FormState } from "@/lib/actions/form-state";
import { fieldOfMessage } from "@/lib/validation/publish-refusal";

/**
 * Everything that stopped a publish or correction, listed at once: what the claim lacks, and each
 * invalid field as a link to it (the field itself is marked too). Shown instead of the form message.
 */
export function PublishRefusal({ state, scope, what }: { state: FormState; scope: string; what: string }) {
  const fields = state.fields;
  const items = fields?.publish;
  if (!fields || !items?.length) return null;
  return (
    <div className="alert error" role="alert" data-testid={`${scope}-refusal`}>
      <p style={{ margin: 0 }}>
        <b>{`This card cannot be ${what} yet.`}</b>{" "}
        {items.length === 1 ? "One thing is missing:" : `${items.length} things are missing:`}
      </p>
      <ul aria-label={`Missing before the card can be ${what}`} style={{ margin: "6px 0 0" }}>
        {items.map((message) => {
          const field = fieldOfMessage(fields, message);
          return <li key={message}>{field ? <a href={`#${scope}-${field}`}>{message}</a> : message}</li>;
        })}
      </ul>
    </div>
  );
}
