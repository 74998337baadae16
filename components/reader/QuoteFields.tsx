import type { FormState } from "@/lib/actions/form-state";
import type { QuoteSelection } from "@/lib/reader/dom-selection";
import { Field } from "@/components/forms/Field";

/**
 * The words being annotated. A selection in the text is sent with its offsets, prefix and suffix
 * for the server to verify; without one the analyst types the quote, which must then occur once.
 */
export function QuoteFields({ quote, state }: { quote: QuoteSelection | null; state: FormState }) {
  const errors = state.fields?.["quote.exact"] ?? state.fields?.["quote.end"];
  if (!quote) {
    return (
      <Field
        name="quote.exact"
        label="Quote (exact words from the text)"
        state={state}
        hint="Nothing is selected in the text: type or paste the exact words; they must occur exactly once in the current revision."
      >
        {(p) => <textarea {...p} rows={3} style={{ minHeight: 70 }} data-autofocus />}
      </Field>
    );
  }
  return (
    <div className="field">
      <span className="field-label" id="quote-label">
        Selected words
      </span>
      <blockquote className="quote selected-quote" aria-labelledby="quote-label" data-testid="selected-quote">
        {quote.exact}
      </blockquote>
      <span className="hint">
        Characters {quote.start.toLocaleString("en")}–{quote.end.toLocaleString("en")} of the current revision.
      </span>
      {(["exact", "prefix", "suffix", "start", "end"] as const).map((k) => (
        <input key={k} type="hidden" name={`quote.${k}`} value={String(quote[k])} />
      ))}
      {errors && (
        <p className="error" role="alert">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}
