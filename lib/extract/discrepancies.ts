// Candidate contradictions: the same thing counted for the same event ("fighters killed") with
// values that cannot both be true once qualifiers are taken into account (3 vs "at least 4").
import type { Discrepancy, DiscrepancyValue, ExtractedNumber, Qualifier } from "./types";

type Interval = [number, number];

/** The range of true values a stated figure allows. */
export function interval(value: number, q: Qualifier): Interval {
  const slack = value < 10 ? 1 : value * 0.15;
  switch (q) {
    case "at least":
      return [value, Infinity];
    case "more than":
      return [value + 1e-9, Infinity];
    case "up to":
    case "at most":
      return [0, value];
    case "fewer than":
      return [0, value - 1e-9];
    case "about":
      return [value - slack, value + slack];
    case "nearly":
      return [value - slack, value];
    default:
      return [value, value];
  }
}

const disjoint = (a: Interval, b: Interval) => a[1] < b[0] || b[1] < a[0];

/** Groups numbers of several documents by (counted noun, event) and keeps groups whose figures
 *  from different documents cannot be reconciled. Numbers without an event are not compared:
 *  "900 troops" in one story and "2,500 troops" in another usually describe different things. */
export function discrepanciesAmong(docs: Array<{ name: string; numbers: ExtractedNumber[] }>): Discrepancy[] {
  const groups = new Map<string, Array<DiscrepancyValue & { event: string }>>();
  for (const d of docs) {
    for (const n of d.numbers) {
      if (!n.event || n.counts === "percent" || n.counts === "dollar") continue;
      const key = `${n.counts}\u0000${n.event}`;
      const list = groups.get(key) ?? [];
      list.push({
        value: n.value,
        qualifier: n.qualifier,
        doc: d.name,
        start: n.start,
        end: n.end,
        phrase: n.phrase,
        event: n.event,
      });
      groups.set(key, list);
    }
  }
  const out: Discrepancy[] = [];
  for (const [key, values] of groups) {
    const clash = values.some((a, i) =>
      values.some(
        (b, j) => j > i && a.doc !== b.doc && disjoint(interval(a.value, a.qualifier), interval(b.value, b.qualifier)),
      ),
    );
    if (!clash) continue;
    const [counts, event] = key.split("\u0000");
    out.push({ counts, event, values: values.map(({ event: _e, ...v }) => v) });
  }
  return out.sort((a, b) => a.counts.localeCompare(b.counts) || (a.event ?? "").localeCompare(b.event ?? ""));
}
