// Reported (indirect) speech: the clause a cue reports, as an exact span. "Doe said (that) A",
// "Doe denied A", "According to Doe, A", "A, Doe said", "..., adding that A". Each that-clause of a
// cue becomes its own item ("denied A, or that B" gives A and B).
import type { ResolvedCue } from "./direct-quotes";
import type { Sentence } from "./sentences";
import { speakerFields } from "./speaker-fields";
import type { ExtractedQuote, Span } from "./types";

const CLAUSE_END = new RegExp(
  [
    String.raw`,\s+(?:adding|saying|noting|warning|insisting|claiming|arguing|stressing|explaining)\b`,
    String.raw`,?\s+according to\b`,
    String.raw`;\s`,
    String.raw`,\s+(?:while|whereas)\s`,
    String.raw`,\s+(?:a|an)\s+(?:claim|assertion|allegation|charge|figure|account|statement|number)\b`,
    String.raw`\s+but\s+(?:also\s+)?(?:[a-z]+ed|said|says|told|has|have|had|did|does)\b`,
    String.raw`,?\s+and\s+(?:also\s+)?(?:has|have|had|said|says|told|denied|added|insisted|warned|called|vowed|pledged|promised|threatened|urged|accused|demanded|condemned|denounced|rejected|criticized|criticised|blamed|claimed|confirmed)\b`,
  ].join("|"),
);
const TRAILING =
  /(?:\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)|\s+(?:last|this|next)\s+(?:week|month|year|night)|\s+in\s+an?\s+(?:statement|interview)|[\s.,;:!?…])+$/;
const THAT_SPLIT = /,?\s+(?:and|or|but)\s+that\s+/g;

function trim(text: string, sp: Span): Span | null {
  let { start, end } = sp;
  const lead = /^[\s,:]*(?:that\s+)?/.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  // Trailing days and punctuation are short: match at the end of a bounded window, not the clause.
  const tail = TRAILING.exec(text.slice(Math.max(start, end - 80), end));
  if (tail) end -= tail[0].length;
  return end > start ? { start, end } : null;
}

/** Spans of the clauses reported by cue `e` in sentence `s`. */
function clauses(masked: string, s: Sentence, e: ResolvedCue): Span[] {
  if (e.kind === "characterising") return [];
  if (e.complementStart !== null) {
    const rest = masked.slice(e.complementStart, s.end);
    const cut = CLAUSE_END.exec(rest);
    const end = e.complementStart + (cut ? cut.index : rest.length);
    const out: Span[] = [];
    let from = e.complementStart;
    for (const m of masked.slice(from, end).matchAll(THAT_SPLIT)) {
      const at = e.complementStart + m.index;
      out.push({ start: from, end: at });
      from = at + m[0].length;
    }
    out.push({ start: from, end });
    return out;
  }
  if (e.clauseBefore) return [{ start: e.clauseBefore[0], end: e.clauseBefore[1] }];
  if (e.parenthetical) return [{ start: s.start, end: s.end }];
  return [];
}

export function indirectStatements(
  text: string,
  masked: string,
  s: Sentence,
  events: ResolvedCue[],
  quoteCues: Set<ResolvedCue>,
  hedges: string[],
): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  // Headlines and captions ("Rebels claim raid on post") have no full stop and rarely a clause.
  if (!/[.!?…]["”’')\]]*$/.test(text.slice(s.start, s.end))) return out;
  for (const e of events) {
    // An unresolved personal pronoun ("He said the talks failed") still reports speech.
    if (!e.speaker && !(e.mention && /^(?:he|she|they|i|we)$/i.test(e.mention))) continue;
    // A cue that attributes a direct quotation reports nothing else unless it says "that".
    if (quoteCues.has(e) && !e.hasThat && !e.clauseBefore) continue;
    for (const raw of clauses(masked, s, e)) {
      const sp = trim(text, raw);
      if (!sp) continue;
      const m = masked.slice(sp.start, sp.end);
      const quoted = (m.match(/_/g)?.length ?? 0) / m.length;
      if (quoted > 0.75 || m.replace(/_+/g, "Q").split(/\s+/).length < 3) continue;
      const named = e.speaker?.via === "name" || e.speaker?.via === "surname";
      out.push({
        text: text.slice(sp.start, sp.end),
        start: sp.start,
        end: sp.end,
        ...speakerFields(e.speaker, e.mention, e.via),
        cue: e.cue,
        kind: "indirect",
        hedges,
        confidence: named ? 0.7 : e.speaker ? 0.6 : 0.4,
      });
    }
  }
  return out;
}
