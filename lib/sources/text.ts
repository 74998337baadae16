import { createHash } from "node:crypto";

export const contentHash = (text: string) => "sha256:" + createHash("sha256").update(text, "utf8").digest("hex");

/** Line endings normalised so offsets mean the same on every platform; nothing else changes. */
export const normaliseSourceText = (text: string) => text.replace(/\r\n?/g, "\n");

/** Paragraph spans (UTF-16 offsets) so the reader can render paragraphs without changing offsets. */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}

/** The same "sha256:" form for archived bytes (an HTML page or a PDF as fetched). */
export const bytesHash = (bytes: Uint8Array) => "sha256:" + createHash("sha256").update(bytes).digest("hex");

/** Cuts a metadata field to at most `max` characters, ending in an ellipsis when it was longer. */
export const clip = (s: string | null, max: number) => (s && s.length > max ? s.slice(0, max - 1).trimEnd() + "…" : s);
