/**
 * Text for the Open Graph image. next/og renders with its bundled Latin font and would try to fetch
 * a Google font for any other script (or emoji) - there is no network, so such characters are
 * replaced rather than left to fail. Long text is cut at a word boundary.
 */
export function ogText(value: string, max: number): string {
  const latin = value
    .replace(/[^\u0020-\u024F\u2010-\u2027\u2030-\u205E]/gu, "·")
    .replace(/\s+/g, " ")
    .trim();
  if (latin.length <= max) return latin;
  const cut = latin.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > max / 2 ? cut.lastIndexOf(" ") : cut.length)}…`;
}
