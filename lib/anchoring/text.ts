/**
 * Low-level UTF-16 helpers. All offsets in Claimdesk anchors are JavaScript string indices
 * (UTF-16 code units), as in the W3C TextPositionSelector we store.
 */

/** True when `i` does not fall between the two halves of a surrogate pair. */
export function isCodePointBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

/** True for an empty or whitespace-only string (JS `trim` semantics: Unicode spaces, NBSP, BOM, line breaks). */
export function isBlank(s: string): boolean {
  return s.trim().length === 0;
}

/**
 * Every start index of `needle` in `text`, overlapping occurrences included, skipping hits whose
 * start or end would split a surrogate pair. Returns at most `limit` hits: pass `limit + 1` to
 * detect overflow.
 */
export function findOccurrences(text: string, needle: string, limit = Number.POSITIVE_INFINITY): number[] {
  const hits: number[] = [];
  if (needle.length === 0) return hits;
  let i = text.indexOf(needle);
  while (i !== -1 && hits.length < limit) {
    if (isCodePointBoundary(text, i) && isCodePointBoundary(text, i + needle.length)) hits.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return hits;
}
