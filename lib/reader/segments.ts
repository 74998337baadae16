// Splits a revision's paragraphs into nested highlight pieces for the reader. Pure and offset-exact:
// concatenating a paragraph's pieces gives back text.slice(start, end), so DOM offsets map back.

export type HighlightKind = "evidence" | "statement" | "suggestion";

export type Highlight = { id: string; start: number; end: number; kind: HighlightKind; tone: string };

/** Text, or one fragment of a highlight; `first` marks the fragment that carries the id and focus. */
export type Piece = string | { highlight: Highlight; first: boolean; children: Piece[] };

export type ParagraphLayout = {
  start: number;
  end: number;
  /** The text between the previous paragraph and this one (blank lines), kept so offsets add up. */
  gapBefore: string;
  /** null when no highlight touches the paragraph: it renders as one plain text node. */
  pieces: Piece[] | null;
};

type Fragment = Highlight & { first: boolean; from: number; to: number };

// Outer fragments first: earlier start, then longer, then evidence over statements over suggestions.
const KIND_ORDER: Record<HighlightKind, number> = { evidence: 0, statement: 1, suggestion: 2 };
const byNesting = (a: Fragment, b: Fragment) =>
  a.from - b.from || b.to - a.to || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id);

/**
 * Nests fragments inside [from, to). A highlight that starts inside another and ends after it is
 * split at the outer one's end; only its first fragment is `first`.
 */
function nest(text: string, from: number, to: number, fragments: Fragment[]): Piece[] {
  const out: Piece[] = [];
  let pending = [...fragments].sort(byNesting);
  let pos = from;
  while (pending.length) {
    const outer = pending[0];
    if (outer.from > pos) out.push(text.slice(pos, outer.from));
    const inner: Fragment[] = [];
    const later: Fragment[] = [];
    for (const f of pending.slice(1)) {
      if (f.from >= outer.to) later.push(f);
      else if (f.to <= outer.to) inner.push(f);
      else {
        inner.push({ ...f, to: outer.to });
        later.push({ ...f, from: outer.to, first: false });
      }
    }
    out.push({
      highlight: stripFragment(outer),
      first: outer.first,
      children: nest(text, outer.from, outer.to, inner),
    });
    pos = outer.to;
    pending = later.sort(byNesting);
  }
  if (pos < to) out.push(text.slice(pos, to));
  return out;
}

const stripFragment = ({ id, start, end, kind, tone }: Fragment): Highlight => ({ id, start, end, kind, tone });

/**
 * Lays out paragraphs with their highlights. Highlights crossing paragraph breaks are clipped to
 * each paragraph they touch; paragraphs without highlights stay a single string, so a 2 MB
 * source renders as paragraphs, not as per-character spans.
 */
export function layoutParagraphs(
  text: string,
  paragraphs: { start: number; end: number }[],
  highlights: Highlight[],
): ParagraphLayout[] {
  const valid = highlights
    .filter((h) => h.start < h.end && h.start >= 0 && h.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  // One sweep: `active` holds the highlights that started before the paragraph's end and may still reach it.
  let active: Highlight[] = [];
  let next = 0;
  return paragraphs.map((p, i) => {
    const gapBefore = i === 0 ? "" : text.slice(paragraphs[i - 1].end, p.start);
    while (next < valid.length && valid[next].start < p.end) active.push(valid[next++]);
    active = active.filter((h) => h.end > p.start);
    const touching: Fragment[] = active.map((h) => ({
      ...h,
      from: Math.max(h.start, p.start),
      to: Math.min(h.end, p.end),
      first: !seen.has(h.id),
    }));
    for (const f of touching) seen.add(f.id);
    return {
      start: p.start,
      end: p.end,
      gapBefore,
      pieces: touching.length ? nest(text, p.start, p.end, touching) : null,
    };
  });
}

/** Concatenated text of pieces; equals the paragraph's text (used by tests and as a sanity check). */
export function piecesText(pieces: Piece[]): string {
  return pieces.map((p) => (typeof p === "string" ? p : piecesText(p.children))).join("");
}
