// The reader's highlights as they travel in the page (ADR 0034). A 2 MB source has thousands of them
// (mostly extractor suggestions); as objects they were ~2/3 of the page's RSC payload, each field name
// repeated and every quote escaped twice (flight JSON inside an inline script's string). Packed, they are
// one string of ids and one array of small numbers: no quotes to escape, a third of the bytes, and one
// string plus one array for the flight client to parse instead of thousands of objects.
import type { Highlight, HighlightKind } from "./segments";

export type PackedHighlights = {
  /** Distinct "kind tone" pairs; `at` refers to them by index. */
  styles: string[];
  /** The ids, space-separated, in the order of `at`. */
  ids: string;
  /** Per highlight: start minus the previous highlight's start (sorted by start), length, style index. */
  at: number[];
};

const KINDS: readonly HighlightKind[] = ["evidence", "statement", "suggestion"];

export function packHighlights(highlights: Highlight[]): PackedHighlights {
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  const styles: string[] = [];
  const at: number[] = [];
  let previous = 0;
  for (const h of sorted) {
    // A space would split an id in two; ids are the database's own (cuids), so this is a programming error.
    if (/\s/.test(h.id) || !h.id) throw new Error(`A highlight id cannot be packed: "${h.id}".`);
    const style = `${h.kind} ${h.tone}`;
    let index = styles.indexOf(style);
    if (index < 0) index = styles.push(style) - 1;
    at.push(h.start - previous, h.end - h.start, index);
    previous = h.start;
  }
  return { styles, ids: sorted.map((h) => h.id).join(" "), at };
}

/** The highlights again (sorted by start); a style of an unknown kind is dropped rather than guessed. */
export function unpackHighlights({ styles, ids, at }: PackedHighlights): Highlight[] {
  const idList = ids ? ids.split(" ") : [];
  const kinds = styles.map((style) => {
    const [kind, tone = ""] = style.split(" ");
    return KINDS.includes(kind as HighlightKind) ? { kind: kind as HighlightKind, tone } : null;
  });
  const out: Highlight[] = [];
  let start = 0;
  for (let i = 0; i < idList.length; i++) {
    start += at[3 * i];
    const style = kinds[at[3 * i + 2]];
    if (style) out.push({ id: idList[i], start, end: start + at[3 * i + 1], ...style });
  }
  return out;
}

export const NO_HIGHLIGHTS: PackedHighlights = { styles: [], ids: "", at: [] };
