// What a refused publish or correction reports: every missing item at once, the gate's and the
// form's, so an editor fixes them in one pass. Safe for client code (no database).
import type { FieldErrors } from "@/lib/errors";

export type GateProblem = { key: string; ok: boolean; missing: string };

/** The card form's fields, in the order the form shows them (and the summary lists them). */
export const CARD_FORM_FIELDS = ["note", "headline", "truthVerdict", "attributionVerdict", "rationale"] as const;

/** Gate items that belong to a form field: their message is shown beside that field as well. */
const GATE_ITEM_FIELDS: Record<string, string> = { rationale: "rationale" };

/**
 * Field messages plus the gate's failed items, or null when nothing is missing. `publish` lists all
 * of them: first what the claim lacks (status, evidence, anchors, reviews), then the form's fields in
 * form order, then anything else the input got wrong.
 */
export function publishRefusalFields(fieldErrors: FieldErrors, gate: GateProblem[]): FieldErrors | null {
  const fields: FieldErrors = {};
  for (const [name, messages] of Object.entries(fieldErrors)) fields[name] = [...messages];
  const claimItems: string[] = [];
  for (const item of gate.filter((i) => !i.ok)) {
    const field = GATE_ITEM_FIELDS[item.key];
    if (!field) claimItems.push(item.missing);
    else if (!fields[field]) fields[field] = [item.missing];
  }
  const order = (name: string) => {
    const i = (CARD_FORM_FIELDS as readonly string[]).indexOf(name);
    return i === -1 ? CARD_FORM_FIELDS.length : i;
  };
  const fieldItems = Object.keys(fields)
    .sort((a, b) => order(a) - order(b))
    .flatMap((name) => fields[name]);
  const publish = [...claimItems, ...fieldItems];
  return publish.length ? { ...fields, publish } : null;
}

/** The form field a summary item is about, so the summary can link to it (null: the claim's own). */
export function fieldOfMessage(fields: FieldErrors, message: string): string | null {
  return CARD_FORM_FIELDS.find((name) => fields[name]?.includes(message)) ?? null;
}
