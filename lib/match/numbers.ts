// Numbers reported about the same thing across sources: grouped by what is counted and what
// happened to it ("fighter killed"), each with its hedges, and a disagreement flagged only when
// two figures cannot both hold AND nothing says they are different events (other dates or places).
import { extractNumbers, findDiscrepancies, type ExtractedNumber } from "@/lib/extract";
import { differentEvents } from "./stance";
import { buildAliasTable, termsOf } from "./terms";

export type ReportedNumber = Pick<ExtractedNumber, "value" | "qualifier" | "phrase" | "hedges" | "sentence"> & {
  /** Where the figure was read: an evidence item's source or an appearance's source. */
  origin: string;
  start: number;
  end: number;
  /** True when another origin reports a figure for the same event that cannot also be true. */
  disagrees: boolean;
};
export type NumberGroup = { counts: string; event: string; numbers: ReportedNumber[]; disagreement: boolean };

const places = (() => {
  const table = buildAliasTable();
  return (text: string) =>
    new Set(
      termsOf(text, table)
        .filter((t) => t.place)
        .map((t) => t.term),
    );
})();

/** Figures in `text` with an event ("killed"), optionally only those inside [from, to). */
export function countedEvents(text: string, from = 0, to = text.length): ExtractedNumber[] {
  return extractNumbers(text).filter(
    (n) => n.event && n.start >= from && n.end <= to && n.counts !== "percent" && n.counts !== "dollar",
  );
}

/** Two figures clash: the extractor's qualifier-aware comparison says so and the events may be the same. */
export function figuresClash(a: { sentence: string }, b: { sentence: string }): boolean {
  if (
    !findDiscrepancies([
      { name: "a", text: a.sentence },
      { name: "b", text: b.sentence },
    ]).length
  )
    return false;
  return !differentEvents(a.sentence, b.sentence, places(a.sentence), places(b.sentence));
}

/** Groups figures from several origins by counted thing and event, flagging disagreements. */
export function compareReportedNumbers(items: Array<{ origin: string; numbers: ExtractedNumber[] }>): NumberGroup[] {
  const groups = new Map<string, ReportedNumber[]>();
  for (const { origin, numbers } of items) {
    for (const n of numbers) {
      if (!n.event) continue;
      const key = `${n.counts}\u0000${n.event}`;
      const list = groups.get(key) ?? [];
      if (list.some((x) => x.origin === origin && x.start === n.start)) continue;
      list.push({ ...pick(n), origin, disagrees: false });
      groups.set(key, list);
    }
  }
  const out: NumberGroup[] = [];
  for (const [key, numbers] of groups) {
    numbers.forEach((a, i) =>
      numbers.slice(i + 1).forEach((b) => {
        if (a.origin !== b.origin && figuresClash(a, b)) a.disagrees = b.disagrees = true;
      }),
    );
    const [counts, event] = key.split("\u0000");
    out.push({ counts, event, numbers, disagreement: numbers.some((n) => n.disagrees) });
  }
  return out.sort((a, b) => Number(b.disagreement) - Number(a.disagreement) || a.counts.localeCompare(b.counts));
}

const pick = (n: ExtractedNumber) => ({
  value: n.value,
  qualifier: n.qualifier,
  phrase: n.phrase,
  hedges: n.hedges,
  sentence: n.sentence,
  start: n.start,
  end: n.end,
});
