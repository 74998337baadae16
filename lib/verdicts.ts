// The two verdict axes and their public wording. Numeric ratings follow ClaimReview (5 best).
import { AttributionVerdict, TruthVerdict, valuesOf } from "@/lib/enums";

export const TRUTH_VERDICTS = valuesOf(TruthVerdict);
export type { TruthVerdict };
export const TRUTH_LABELS: Record<TruthVerdict, string> = {
  true: "True",
  mostly_true: "Mostly true",
  mixed: "Mixed",
  mostly_false: "Mostly false",
  false: "False",
  unproven: "Unproven",
};

export const ATTRIBUTION_VERDICTS = valuesOf(AttributionVerdict);
export type { AttributionVerdict };
export const ATTRIBUTION_LABELS: Record<AttributionVerdict, string> = {
  accurately_attributed: "Accurately attributed",
  faithful_paraphrase: "Faithful paraphrase",
  out_of_context: "Out of context",
  misattributed: "Misattributed",
  fabricated: "Fabricated",
  unverifiable: "Unverifiable",
  not_applicable: "Not applicable",
};

export const truthLabel = (v: string) => TRUTH_LABELS[v as TruthVerdict] ?? v;
export const attributionLabel = (v: string) => ATTRIBUTION_LABELS[v as AttributionVerdict] ?? v;

/**
 * ClaimReview's numeric scale: 5 is best (true), 1 worst (false). "Unproven" is not a point on
 * that scale (it is not "half true"), so it is published as -1 on a -1..-1 scale, the convention
 * fact-checkers use for ratings outside their numeric scale; `alternateName` carries the meaning.
 */
export function truthRating(verdict: string): { ratingValue: number; bestRating: number; worstRating: number } {
  const scale: Partial<Record<TruthVerdict, number>> = { true: 5, mostly_true: 4, mixed: 3, mostly_false: 2, false: 1 };
  const value = scale[verdict as TruthVerdict];
  return value === undefined
    ? { ratingValue: -1, bestRating: -1, worstRating: -1 }
    : { ratingValue: value, bestRating: 5, worstRating: 1 };
}

export type VerdictPair = { truthVerdict: string; attributionVerdict: string };
export type Disagreement = { axis: "truth" | "attribution"; labels: string[]; summary: string };

/**
 * Where reviewers disagree, axis by axis, e.g. "2 reviews disagree on truth: Unproven vs Mixed".
 * Labels keep the order in which the reviews were given. Empty when all agree (or fewer than two).
 */
export function disagreements(reviews: VerdictPair[]): Disagreement[] {
  const axes = [
    { axis: "truth" as const, label: (r: VerdictPair) => truthLabel(r.truthVerdict) },
    { axis: "attribution" as const, label: (r: VerdictPair) => attributionLabel(r.attributionVerdict) },
  ];
  return axes.flatMap(({ axis, label }) => {
    const labels = [...new Set(reviews.map(label))];
    return labels.length > 1
      ? [{ axis, labels, summary: `${reviews.length} reviews disagree on ${axis}: ${labels.join(" vs ")}` }]
      : [];
  });
}

/** The verdict every review agrees on, axis by axis (to prefill the editor's card); undefined otherwise. */
export function agreedVerdicts(reviews: VerdictPair[]): { truthVerdict?: string; attributionVerdict?: string } {
  const agreed = (values: string[]) =>
    values.length > 0 && values.every((v) => v === values[0]) ? values[0] : undefined;
  return {
    truthVerdict: agreed(reviews.map((r) => r.truthVerdict)),
    attributionVerdict: agreed(reviews.map((r) => r.attributionVerdict)),
  };
}
