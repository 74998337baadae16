import type { SpanRef } from "./types";

type Span = Omit<SpanRef, "id">;
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

/**
 * The statement whose words an evidence item quotes: its explicit link if it has one, otherwise a
 * statement of the same source revision that contains the evidence span or lies inside it (evidence
 * often adds the hedge that follows a quote). The largest overlap wins; spans that merely touch
 * or partly overlap are not the same words and stay unlinked.
 */
export function statementFor<S extends SpanRef>(
  evidence: Span & { statementId: string | null },
  statements: S[],
): S | null {
  if (evidence.statementId) {
    const linked = statements.find((s) => s.id === evidence.statementId);
    if (linked) return linked;
  }
  let best: S | null = null;
  for (const s of statements) {
    if (s.sourceId !== evidence.sourceId || s.revisionId !== evidence.revisionId) continue;
    if (!contains(s, evidence) && !contains(evidence, s)) continue;
    if (!best || overlap(s, evidence) > overlap(best, evidence)) best = s;
  }
  return best;
}
