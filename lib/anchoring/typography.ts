/**
 * Characters people type for one another: a quote typed on a keyboard has straight apostrophes and
 * quotes and a hyphen where the article printed curly ones and dashes, or a no-break space. Each
 * variant folds to one plain character of the SAME length (one UTF-16 unit for one), so an offset in
 * the folded text is the same offset in the source, and the stored quote is cut from the source's own
 * characters. Letters, case and whitespace runs are never folded: that would be guessing.
 */
const VARIANTS: Record<string, string> = {
  "'": "\u2018\u2019\u201A\u201B\u2032\u02BC", // ‘ ’ ‚ ‛ ′ ʼ
  '"': "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB", // “ ” „ ‟ ″ « »
  "-": "\u2010\u2011\u2012\u2013\u2014\u2015\u2212", // ‐ ‑ ‒ – — ― −
  " ": "\u00A0\u2007\u2009\u202F", // no-break, figure, thin and narrow no-break spaces
};

const PLAIN = new Map<string, string>(
  Object.entries(VARIANTS).flatMap(([plain, variants]) => [...variants].map((v) => [v, plain] as const)),
);
const VARIANT_CHARS = new RegExp(`[${[...PLAIN.keys()].join("")}]`, "g");

/** `s` with every typographic variant replaced by its plain character; same length as `s`. */
export function foldTypography(s: string): string {
  return s.replace(VARIANT_CHARS, (c) => PLAIN.get(c) ?? c);
}
