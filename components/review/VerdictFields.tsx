import type { FormState } from "@/lib/actions/form-state";
import { ATTRIBUTION_LABELS, ATTRIBUTION_VERDICTS, TRUTH_LABELS, TRUTH_VERDICTS } from "@/lib/verdicts";
import { Field } from "@/components/forms/Field";

type Props = {
  scope: string;
  state: FormState;
  defaults?: { truthVerdict?: string; attributionVerdict?: string };
  optional?: boolean;
};

/** The two verdict axes as labelled selects; `optional` adds a "keep current" choice (corrections). */
export function VerdictFields({ scope, state, defaults, optional }: Props) {
  const blank = optional ? "— keep current —" : "— choose —";
  return (
    <div className="form-row">
      <Field scope={scope} name="truthVerdict" label="Truth verdict" state={state}>
        {(p) => (
          <select {...p} defaultValue={p.defaultValue ?? defaults?.truthVerdict ?? ""}>
            <option value="">{blank}</option>
            {TRUTH_VERDICTS.map((v) => (
              <option key={v} value={v}>
                {TRUTH_LABELS[v]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field scope={scope} name="attributionVerdict" label="Attribution verdict" state={state}>
        {(p) => (
          <select {...p} defaultValue={p.defaultValue ?? defaults?.attributionVerdict ?? ""}>
            <option value="">{blank}</option>
            {ATTRIBUTION_VERDICTS.map((v) => (
              <option key={v} value={v}>
                {ATTRIBUTION_LABELS[v]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
