/**
 * Context similarity: how much of the old prefix/suffix survives next to a candidate position.
 *
 * Measure: containment of the old context's character 4-grams (as a multiset) in the text
 * adjacent to the candidate, read with a little slack (so a few inserted characters right next to
 * the quote do not destroy the context). Unlike a plain normalized edit distance, unrelated English
 * text scores close to 0 (not ~0.3), so a threshold on it is meaningful; a typo costs only 4 grams.
 */

const GRAM = 4;
/** Extra characters read beyond the old context length. */
const SLACK = 8;

type Side = {
  /** The old context string. */
  context: string;
  /** Multiset of its 4-grams, or null when it is shorter than one gram. */
  grams: Map<string, number> | null;
  total: number;
};

function side(context: string): Side {
  if (context.length < GRAM) return { context, grams: null, total: 0 };
  const grams = new Map<string, number>();
  for (let i = 0; i + GRAM <= context.length; i++) {
    const g = context.slice(i, i + GRAM);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return { context, grams, total: context.length - GRAM + 1 };
}

function containment(s: Side, window: string): number {
  const remaining = new Map(s.grams);
  let found = 0;
  for (let i = 0; i + GRAM <= window.length; i++) {
    const g = window.slice(i, i + GRAM);
    const left = remaining.get(g);
    if (left) {
      found++;
      remaining.set(g, left - 1);
    }
  }
  return found / s.total;
}

/** Scores candidate positions against the context of one old selector. */
export class ContextScorer {
  private readonly prefix: Side;
  private readonly suffix: Side;

  constructor(old: { prefix: string; suffix: string }) {
    this.prefix = side(old.prefix);
    this.suffix = side(old.suffix);
  }

  /** Similarity of the text before `start` to the old prefix, in [0, 1]. */
  prefixSimilarity(text: string, start: number): number {
    const p = this.prefix;
    // Empty prefix: the old span began the text; only a span that still begins the text matches.
    if (p.context.length === 0) return start === 0 ? 1 : 0;
    if (!p.grams) return start >= p.context.length && text.slice(start - p.context.length, start) === p.context ? 1 : 0;
    return containment(p, text.slice(Math.max(0, start - p.context.length - SLACK), start));
  }

  /** Similarity of the text after `end` to the old suffix, in [0, 1]. */
  suffixSimilarity(text: string, end: number): number {
    const s = this.suffix;
    if (s.context.length === 0) return end === text.length ? 1 : 0;
    if (!s.grams) return text.slice(end, end + s.context.length) === s.context ? 1 : 0;
    return containment(s, text.slice(end, end + s.context.length + SLACK));
  }

  /** Mean of prefix and suffix similarity. */
  similarity(text: string, start: number, end: number): number {
    return (this.prefixSimilarity(text, start) + this.suffixSimilarity(text, end)) / 2;
  }
}
