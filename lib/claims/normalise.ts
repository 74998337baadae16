/**
 * Claim text reduced for duplicate detection: case, punctuation (straight and curly quotes alike)
 * and runs of whitespace do not make two claims different.
 */
export function normaliseClaimText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The longest word of a normalised text: a selective term to find candidate duplicates with. */
export function longestWord(normalised: string): string {
  return normalised.split(" ").reduce((a, b) => (b.length > a.length ? b : a), "");
}
