// Ties each quotation to a speaker: the cue right after it (`,” she said`), the cue right before
// it (`he said: “`), any cue in the same sentence (partial quotes), or, for a sentence that is only a
// quotation, the speaker of the preceding statement (split and multi-paragraph quotes).
import type { CueEvent } from "./cues";
import type { Speaker } from "./discourse";
import type { QuoteSpan } from "./quote-marks";
import type { Sentence } from "./sentences";
import { speakerFields } from "./speaker-fields";
import type { ExtractedQuote } from "./types";

/** A quotation's attribution; `speaker` is null when the cue's subject ("he") could not be resolved. */
export type Attributed = { speaker: Speaker | null; mention: string | null; cue: string | null; via: string | null };
/** A cue with its resolved speaker, and the words that name the speaker at the cue ("she"). */
export type ResolvedCue = CueEvent & { speaker: Speaker | null; mention: string | null };

/** A cue whose subject is there but unresolved ("he said" with nobody before): it still attributes
 *  the quotation next to it, with an unknown speaker. */
const unresolved = (e: ResolvedCue) => !e.speaker && !!e.mention;

/** Continuation state carried from sentence to sentence. */
export type QuoteState = {
  groups: Map<number, Attributed>;
  last: Attributed | null;
  /** Paragraph of the last sentence that reported speech, and whether it was the previous sentence. */
  lastPara: number;
  prevSpoke: boolean;
  /** The last speaker came from a direct quotation (only those carry over a paragraph break). */
  lastFromQuote: boolean;
  /** A line such as "And from the mayor:" that introduces the next paragraph's quotation. */
  intro: { attr: Attributed; para: number } | null;
};

export const newQuoteState = (): QuoteState => ({
  groups: new Map(),
  last: null,
  lastPara: -1,
  prevSpoke: false,
  lastFromQuote: false,
  intro: null,
});

/** A quotation running over paragraphs takes the best attribution any of its segments found. */
export function shareWithinGroups(quotes: ExtractedQuote[], groups: number[]): void {
  const best = new Map<number, ExtractedQuote>();
  quotes.forEach((q, k) => {
    const b = best.get(groups[k]);
    if (q.speaker && (!b || q.confidence > b.confidence)) best.set(groups[k], q);
  });
  quotes.forEach((q, k) => {
    const b = best.get(groups[k]);
    if (!b || b === q || q.confidence >= b.confidence) return;
    Object.assign(q, {
      speaker: b.speaker,
      speakerKind: b.speakerKind,
      speakerMention: b.speakerMention,
      via: b.via,
      viaKind: b.viaKind,
      cue: b.cue,
      anonymous: b.anonymous,
      role: b.role,
      confidence: Math.min(b.confidence, 0.8),
    });
  });
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

const SMALL_WORDS = new Set("a an the of in on for and or to from with at by as nor but".split(" "));
/** "A Winter in the Marsh Country": capitalised words, no sentence punctuation. */
function titleOfWork(q: string): boolean {
  if (/[.!?…;]/.test(q)) return false;
  const words = q.replace(/[,:]+/g, " ").split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 12 || !/^\p{Lu}/u.test(words[0])) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return content.filter((w) => /^\p{Lu}/u.test(w)).length >= Math.max(2, content.length * 0.75);
}

function pick(q: QuoteSpan, events: ResolvedCue[], masked: string): { e: ResolvedCue; adjacent: boolean } | null {
  const closeEnd = q.close >= 0 ? q.close + 1 : q.end;
  const withSpeaker = events.filter((e) => e.speaker);
  const adjacent = events.filter((e) => e.speaker || unresolved(e));
  const after = adjacent.find((e) => e.spanStart >= closeEnd && /^[\s,']*$/.test(masked.slice(closeEnd, e.spanStart)));
  if (after) return { e: after, adjacent: true };
  const before = adjacent.find(
    (e) => e.tailEnd <= q.open && /^[\s,:—–-]*(?:in part[\s,:—–-]*)?$/.test(masked.slice(e.tailEnd, q.open)),
  );
  if (before) return { e: before, adjacent: true };
  // A partial quote inside a reported clause ("said the plan 'puts pupils first'") belongs to that cue.
  const container = withSpeaker.filter((e) => e.complementStart !== null && e.complementStart <= q.open).pop();
  if (container) return { e: container, adjacent: false };
  let best: ResolvedCue | null = null,
    dist = Infinity;
  // A short phrase in quotes is only someone's words if a cue introduces it earlier in the
  // sentence ("denounced the 'cowardly' raid"); otherwise it is a scare quote or a nickname.
  const short = wordCount(masked.slice(q.start, q.end).replace(/_+/g, "") || "x") <= 3 && q.end - q.start < 40;
  for (const e of withSpeaker) {
    if (short && e.verbStart > q.open) continue;
    const d = e.verbStart >= closeEnd ? e.verbStart - closeEnd : q.open - e.verbEnd + 1; // prefer cues after
    if (d >= 0 && d < dist) {
      best = e;
      dist = d;
    }
  }
  return best ? { e: best, adjacent: false } : null;
}

/** Direct quotations of one sentence; pushes each one's group id to `groups`. Mutates `state`. */
export function attributeQuotes(
  text: string,
  masked: string,
  s: Sentence,
  quotes: QuoteSpan[],
  events: ResolvedCue[],
  state: QuoteState,
  hedges: string[],
  used: Set<ResolvedCue>,
  groups: number[],
): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  if (state.intro && s.para > state.intro.para + 1) state.intro = null;
  const spoke = events.some((e) => e.speaker);
  // Only-a-quotation sentences continue the previous speaker (“A,” she said. “B.”).
  const quoteOnly = quotes.length > 0 && /^[\s_“”"‘’'«».,;:!?…—–()-]*$/.test(masked.slice(s.start, s.end));
  let attributedAny = false;
  for (const q of quotes) {
    if (q.nickname) continue;
    let attr: Attributed | null = null;
    let confidence = 0.3;
    const picked = pick(q, events, masked);
    if (picked) {
      attr = { speaker: picked.e.speaker, mention: picked.e.mention, cue: picked.e.cue, via: picked.e.via };
      confidence = picked.adjacent ? 0.9 : 0.7;
      if (picked.adjacent) used.add(picked.e);
    } else if (state.intro && state.intro.para === s.para - 1) {
      attr = state.intro.attr;
      confidence = 0.8;
    } else if (state.groups.has(q.group)) {
      attr = state.groups.get(q.group)!;
      confidence = 0.8;
    } else if (
      quoteOnly &&
      !spoke &&
      state.last &&
      state.prevSpoke &&
      (state.lastPara === s.para || state.lastFromQuote)
    ) {
      attr = state.last;
      confidence = state.lastPara === s.para ? 0.7 : 0.55;
    }
    if (attr && (!attr.speaker || attr.speaker.via === "pronoun" || attr.speaker.via === "backref"))
      confidence *= attr.speaker ? 0.9 : 0.6;
    if (q.close < 0) confidence *= 0.85;
    const qtext = text.slice(q.start, q.end);
    const words = wordCount(qtext);
    if (!attr && words <= 3) continue; // scare quotes, titles, headlines
    // A single quoted word inside a reporting clause ("said the 'temporary' closure") is a scare
    // quote, and a Title Case phrase not next to a cue is the title of a work.
    const nextToCue = !!picked?.adjacent || (quoteOnly && !!attr);
    if (!nextToCue && (words === 1 || titleOfWork(qtext))) continue;
    if (attr) {
      state.groups.set(q.group, attr);
      state.last = attr;
      attributedAny = true;
    }
    groups.push(q.group);
    out.push({
      text: qtext,
      start: q.start,
      end: q.end,
      ...speakerFields(attr?.speaker ?? null, attr?.mention ?? null, attr?.via ?? null),
      cue: attr?.cue || null,
      kind: "direct",
      hedges,
      confidence: Math.round(confidence * 100) / 100,
    });
  }
  if (spoke) {
    const lastEv = [...events].reverse().find((e) => e.speaker)!;
    if (!attributedAny)
      state.last = { speaker: lastEv.speaker, mention: lastEv.mention, cue: lastEv.cue, via: lastEv.via };
  }
  state.lastFromQuote = attributedAny || (state.lastFromQuote && !spoke);
  state.prevSpoke = spoke || attributedAny;
  if (state.prevSpoke) state.lastPara = s.para;
  return out;
}
