const MAX_SLUG_LENGTH = 60;

/** URL slug from claim text: lowercase ASCII words, cut at a word boundary, never empty. */
export function slugify(text: string): string {
  const full = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (full.length <= MAX_SLUG_LENGTH) return full || "claim";
  const cut = full.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf("-")) || full.slice(0, MAX_SLUG_LENGTH);
}
