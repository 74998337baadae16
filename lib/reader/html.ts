// The reader's text as one HTML string. Rendering 10,000+ paragraphs as React elements makes the
// page's payload and hydration grow with every paragraph; one string is hydrated as a single node.
// Everything from the text is escaped here; ids and classes come from the server's own rows.
import { escapeHtml } from "@/lib/escape-html";
import { layoutParagraphs, type Highlight, type Piece } from "./segments";

/** Class-safe token: kinds and tones are fixed words, but never trust them into markup unchecked. */
const token = (s: string) => s.replace(/[^a-z0-9_-]/gi, "");

function piecesHtml(pieces: Piece[]): string {
  let html = "";
  for (const piece of pieces) {
    if (typeof piece === "string") {
      html += escapeHtml(piece);
      continue;
    }
    const { highlight: h, first } = piece;
    const id = escapeHtml(h.id);
    // Only a highlight's first fragment is a tab stop and the #h-… target.
    const focus = first ? ` id="h-${id}" tabindex="0" aria-describedby="reader-tip"` : "";
    html += `<mark class="hl hl-${token(h.kind)} tone-${token(h.tone)}" data-h="${id}"${focus}>${piecesHtml(piece.children)}</mark>`;
  }
  return html;
}

/**
 * Paragraphs as <p data-start data-end>, with the blank lines between them kept as text so the DOM's
 * text from the first paragraph on equals the revision's text (lib/reader/dom-selection.ts relies on it).
 */
export function readerHtml(
  text: string,
  paragraphs: { start: number; end: number }[],
  highlights: Highlight[],
  pageStarts: number[] = [],
): string {
  return readerHtmlParts(text, paragraphs, highlights, pageStarts).join("");
}

/**
 * The same HTML in parts of about `partChars` characters of text, each whole paragraphs (with the gap
 * before them): a long text shows its first part at once and the rest is appended in the next tasks.
 */
export function readerHtmlParts(
  text: string,
  paragraphs: { start: number; end: number }[],
  highlights: Highlight[],
  pageStarts: number[] = [],
  partChars = Infinity,
): string[] {
  return [...readerHtmlPartsOneByOne(text, paragraphs, highlights, pageStarts, partChars)];
}

/** readerHtmlParts, each part built only when asked for: the first screen need not wait for the rest. */
export function* readerHtmlPartsOneByOne(
  text: string,
  paragraphs: { start: number; end: number }[],
  highlights: Highlight[],
  pageStarts: number[] = [],
  partChars = Infinity,
): Generator<string, void, undefined> {
  let page = 0;
  let part = "";
  let partStart = -1;
  let any = false;
  for (const p of layoutParagraphs(text, paragraphs, highlights)) {
    // A PDF page's first paragraph carries its number; CSS shows it, so the DOM text stays the revision's.
    let pageAttr = "";
    while (page < pageStarts.length && pageStarts[page] < p.end) page++;
    if (page > 0 && pageStarts[page - 1] >= p.start - p.gapBefore.length) pageAttr = ` data-page="${page}"`;
    if (partStart < 0) partStart = p.start;
    part += `${escapeHtml(p.gapBefore)}<p data-start="${p.start}" data-end="${p.end}"${pageAttr}>${p.pieces ? piecesHtml(p.pieces) : escapeHtml(text.slice(p.start, p.end))}</p>`;
    if (p.end - partStart >= partChars) {
      yield part;
      any = true;
      part = "";
      partStart = -1;
    }
  }
  if (part || !any) yield part;
}
