// The two verdict axes and their public wording. Numeric ratings follow ClaimReview (5 best).
export const TRUTH_VERDICTS = ["true", "mostly_true", "mixed", "mostly_false", "false", "unproven"] as const;
export type TruthVerdict = (typeof TRUTH_VERDICTS)[number];
export const TRUTH_LABELS: Record<TruthVerdict, string> = {
  true: "True", mostly_true: "Mostly true", mixed: "Mixed", mostly_false: "Mostly false", false: "False", unproven: "Unproven",
};

export const ATTRIBUTION_VERDICTS = ["accurately_attributed", "faithful_paraphrase", "out_of_context", "misattributed", "fabricated", "unverifiable", "not_applicable"] as const;
export type AttributionVerdict = (typeof ATTRIBUTION_VERDICTS)[number];
export const ATTRIBUTION_LABELS: Record<AttributionVerdict, string> = {
  accurately_attributed: "Accurately attributed", faithful_paraphrase: "Faithful paraphrase", out_of_context: "Out of context",
  misattributed: "Misattributed", fabricated: "Fabricated", unverifiable: "Unverifiable", not_applicable: "Not applicable",
};

export const truthLabel = (v: string) => TRUTH_LABELS[v as TruthVerdict] ?? v;
export const attributionLabel = (v: string) => ATTRIBUTION_LABELS[v as AttributionVerdict] ?? v;
