// Comment text is shown as text; only http(s) URLs become links. Pure, so the rule is unit-tested.
export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
const count = (s: string, c: string) => s.split(c).length - 1;

/** Drops sentence punctuation after a URL, but keeps a ")" that closes one inside it (Wikipedia-style). */
function trimTrailing(url: string): string {
  while (/[.,;:!?)\]}'"]$/.test(url)) {
    if (url.endsWith(")") && count(url, "(") >= count(url, ")")) break;
    url = url.slice(0, -1);
  }
  return url;
}

export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimTrailing(match[0]);
    const start = match.index;
    if (!safeHref(url)) continue;
    if (start > last) segments.push({ kind: "text", text: text.slice(last, start) });
    segments.push({ kind: "link", text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}

/** Only absolute http and https URLs that parse. */
export function safeHref(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  } catch {
    return false;
  }
}
