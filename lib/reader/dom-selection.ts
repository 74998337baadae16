// Maps a DOM selection inside the reader back to UTF-16 offsets of the revision's text. The reader
// renders every paragraph as <p data-start data-end> (in parts of a few hundred) and keeps the blank
// lines between paragraphs as text nodes, so the DOM's text from the first paragraph on is exactly the
// revision's text.
import { PREFIX_SUFFIX_LENGTH } from "@/lib/anchoring";

export type QuoteSelection = { exact: string; prefix: string; suffix: string; start: number; end: number };

const PARAGRAPH = "p[data-start]";

function rangeText(startNode: Node, startOffset: number, endNode: Node, endOffset: number): string {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range.toString();
}

/** The text offset of a boundary point (node, offset) inside `container`, or null outside it. */
export function textOffsetAt(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest<HTMLElement>(PARAGRAPH);
  if (paragraph && container.contains(paragraph)) {
    return Number(paragraph.dataset.start) + rangeText(paragraph, 0, node, offset).length;
  }
  // Between paragraphs (in a blank-line text node, or on an element holding paragraphs): count on from
  // the end of the last paragraph before the point. Paragraphs sit in parts (SourceText), so the one
  // before may be in an earlier part: found by position among all of them, not among siblings.
  const paragraphs = container.querySelectorAll<HTMLElement>(PARAGRAPH);
  if (!paragraphs.length) return null;
  const point = document.createRange();
  point.setStart(node, offset);
  // comparePoint(p, 0) < 0: the paragraph starts before the point, so (outside all paragraphs) ends before it.
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (point.comparePoint(paragraphs[mid], 0) < 0) low = mid + 1;
    else high = mid;
  }
  if (low === 0) return Number(paragraphs[0].dataset.start);
  const before = paragraphs[low - 1];
  const gap = document.createRange();
  gap.setStartAfter(before);
  gap.setEnd(node, offset);
  return Number(before.dataset.end) + gap.toString().length;
}

/** Up to `count` characters of the reader's text before (or after) a boundary point. */
function textAround(
  container: HTMLElement,
  node: Node,
  offset: number,
  count: number,
  direction: "before" | "after",
): string {
  // Walk text nodes from the boundary outwards instead of stringifying a possibly 2 MB range.
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  let length = 0;
  if (node.nodeType === Node.TEXT_NODE) {
    const data = (node as Text).data;
    const part = direction === "before" ? data.slice(0, offset) : data.slice(offset);
    texts.push(part);
    length += part.length;
    walker.currentNode = node;
  } else {
    const child = node.childNodes[direction === "before" ? offset - 1 : offset];
    walker.currentNode = child ?? node;
    if (child && direction === "after") {
      // The point is just before `child`: its first text node comes next.
      const first = document.createTreeWalker(child, NodeFilter.SHOW_TEXT).nextNode();
      if (first) {
        texts.push((first as Text).data);
        length += (first as Text).data.length;
        walker.currentNode = first;
      }
    } else if (child && direction === "before") {
      let last: Node | null = null;
      const inner = document.createTreeWalker(child, NodeFilter.SHOW_TEXT);
      for (let n = inner.nextNode(); n; n = inner.nextNode()) last = n;
      if (last) {
        texts.push((last as Text).data);
        length += (last as Text).data.length;
        walker.currentNode = last;
      }
    }
  }
  while (length < count) {
    const next = direction === "before" ? walker.previousNode() : walker.nextNode();
    if (!next) break;
    const data = (next as Text).data;
    if (direction === "before") texts.unshift(data);
    else texts.push(data);
    length += data.length;
  }
  const joined = texts.join("");
  return direction === "before" ? joined.slice(Math.max(0, joined.length - count)) : joined.slice(0, count);
}

/**
 * The selection as the server's quote selector, with surrounding whitespace trimmed (a triple-click
 * selects a paragraph's trailing line break). Null when the selection is empty or leaves the reader.
 */
export function quoteFromSelection(container: HTMLElement, selection: Selection | null): QuoteSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = textOffsetAt(container, range.startContainer, range.startOffset);
  const end = textOffsetAt(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  const raw = range.toString();
  // The two ways of measuring must agree, or the DOM no longer mirrors the text; refuse rather than guess.
  if (raw.length !== end - start) return null;
  const lead = raw.length - raw.trimStart().length;
  const exact = raw.trim();
  if (!exact) return null;
  const trimmedStart = start + lead;
  const trimmedEnd = trimmedStart + exact.length;
  const before =
    textAround(container, range.startContainer, range.startOffset, PREFIX_SUFFIX_LENGTH + lead, "before") +
    raw.slice(0, lead);
  const after =
    raw.slice(lead + exact.length) +
    textAround(container, range.endContainer, range.endOffset, PREFIX_SUFFIX_LENGTH, "after");
  return {
    exact,
    start: trimmedStart,
    end: trimmedEnd,
    prefix: before.slice(Math.max(0, before.length - PREFIX_SUFFIX_LENGTH)),
    suffix: after.slice(0, PREFIX_SUFFIX_LENGTH),
  };
}
