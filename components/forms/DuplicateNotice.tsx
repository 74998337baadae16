import Link from "next/link";
import type { FormState } from "@/lib/actions/form-state";

/** After a duplicate refusal: a link to the existing record and a checkbox to save anyway. */
export function DuplicateNotice({ state, href, what }: { state: FormState; href: string; what: string }) {
  if (!state.duplicateOf) return null;
  return (
    <div className="alert warn" data-testid="duplicate-notice">
      <p style={{ margin: 0 }}>
        <Link href={href}>Open the existing {what}</Link>, or tick the box to save this one anyway.
      </p>
      <label>
        <input type="checkbox" name="allowDuplicate" /> Save anyway, as a separate {what}
      </label>
    </div>
  );
}
