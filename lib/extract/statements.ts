// The attribution pipeline: paragraphs -> quotation marks -> sentences -> cues per sentence, in
// reading order, so "he said" can only refer back, never forward.
import { detectCues, sentenceSubject } from "./cues";
import { attributeQuotes, newQuoteState, shareWithinGroups, type ResolvedCue } from "./direct-quotes";
import { boilerplateParagraphs } from "./boilerplate";
import { buildRegistry, Discourse } from "./discourse";
import { hedgesBySpan } from "./hedges";
import { indirectStatements } from "./indirect";
import { dashCues, introSpeaker, introSpeakerSpan, transcriptTurns } from "./layouts";
import { outletName } from "./cue-event";
import { speakerFields } from "./speaker-fields";
import { speakerKindOf } from "./speaker-kind";
import type { QuoteSpan } from "./quote-marks";
import { isHeadline, maskQuotes, segment, type Sentence } from "./sentences";
import { tokenAt, tokenize, type Token } from "./tokens";
import type { ExtractedQuote, Span } from "./types";

const QUOTE_MARK = /["“”„‟«»‘’‚‛‹›']/;

export type Analysis = {
  text: string;
  masked: string;
  paragraphs: Span[];
  quoteSpans: QuoteSpan[];
  sentences: Sentence[];
  tokens: Token[];
  /** Cues found in each sentence (same order as `sentences`). */
  cues: ResolvedCue[][];
  /** Hedge phrases of each sentence. */
  hedges: string[][];
  statements: ExtractedQuote[];
};

export function analyze(text: string): Analysis {
  const { paragraphs, quoteSpans, sentences } = segment(text);
  const masked = maskQuotes(text, quoteSpans);
  // Title-case lines without punctuation or quotes (headlines, link lists) cannot hold a cue.
  const furniture = boilerplateParagraphs(text, paragraphs);
  const tokens = paragraphs.flatMap((p, k) =>
    furniture.has(k) || (isHeadline(text.slice(p.start, p.end)) && !QUOTE_MARK.test(text.slice(p.start, p.end)))
      ? []
      : tokenize(masked, p.start, p.end),
  );
  const discourse = new Discourse(buildRegistry(tokens));
  const ctx = { text, masked, tokens };
  const sentenceHedges = hedgesBySpan(text, sentences);
  const state = newQuoteState();
  const statements: ExtractedQuote[] = [];
  const cues: ResolvedCue[][] = [];
  const direct: ExtractedQuote[] = [];
  const groups: number[] = [];
  let q = 0;
  for (const [si, s] of sentences.entries()) {
    const a = tokenAt(tokens, s.start),
      b = tokenAt(tokens, s.end);
    while (q < quoteSpans.length && quoteSpans[q].open < s.start) q++;
    const inSentence: QuoteSpan[] = [];
    while (q < quoteSpans.length && quoteSpans[q].open < s.end) inSentence.push(quoteSpans[q++]);
    if (furniture.has(s.para)) {
      cues.push([]);
      continue;
    }
    const found = detectCues(ctx, s, a, b);
    if (inSentence.length) found.push(...dashCues(ctx, s, inSentence, b));
    const events: ResolvedCue[] = found.map((e) => ({ ...e, speaker: null, mention: e.subject?.text ?? null }));
    let prev: ResolvedCue | null = null;
    for (const e of events) {
      if (e.subject) e.speaker = discourse.resolve(e.subject, e.verbStart);
      else {
        // Participles ("..., adding that") and subject-less cues take the sentence's speaker.
        const fb = prev?.speaker ? null : sentenceSubject(ctx, a, b);
        e.speaker = prev?.speaker ?? (fb ? discourse.resolve(fb.np, e.verbStart) : null);
      }
      if (e.speaker) {
        discourse.record(e.speaker, s.end);
        prev = e;
      }
    }
    relayThroughOutlet(events);
    cues.push(events);
    // "And from the mayor:" / "X said:" closing a paragraph introduces the next paragraph's quotation.
    if (!inSentence.length && text[s.end - 1] === ":" && sentences[si + 1]?.para === s.para + 1) {
      const cue = events.find((e) => e.speaker);
      const span = cue ? null : introSpeakerSpan(text, s);
      const np = span && introSpeaker(ctx, span);
      const speaker = cue?.speaker ?? (np ? discourse.resolve(np, s.start) : null);
      if (speaker) {
        state.intro = {
          attr: { speaker, mention: cue?.mention ?? np?.text ?? null, cue: cue?.cue ?? null, via: cue?.via ?? null },
          para: s.para,
        };
        if (!cue) discourse.record(speaker, s.end);
      }
    }
    if (!events.length && !inSentence.length) {
      attributeQuotes(text, masked, s, [], [], state, [], new Set(), []);
      continue;
    }
    const hedges = sentenceHedges[si];
    const used = new Set<ResolvedCue>();
    direct.push(...attributeQuotes(text, masked, s, inSentence, events, state, hedges, used, groups));
    statements.push(...indirectStatements(text, masked, s, events, used, hedges));
  }
  shareWithinGroups(direct, groups);
  statements.push(...direct);
  for (const turn of transcriptTurns(text, paragraphs, furniture)) {
    const speaker = {
      name: turn.speaker,
      person: true,
      anonymous: false,
      plural: false,
      role: turn.role,
      via: "name" as const,
    };
    statements.push({
      text: text.slice(turn.start, turn.end),
      start: turn.start,
      end: turn.end,
      ...speakerFields(speaker, null, null),
      cue: null,
      kind: "direct",
      hedges: [],
      confidence: 0.6,
    });
  }
  // A lone surname later called "he" or "she" is a person, not the organisation its shape suggested.
  for (const st of statements)
    if (st.speaker && st.speakerKind === "organization" && discourse.referredAsPerson.has(st.speaker))
      st.speakerKind = "person";
  statements.sort((x, y) => x.start - y.start || x.end - y.end);
  return { text, masked, paragraphs, quoteSpans, sentences, tokens, cues, hedges: sentenceHedges, statements };
}

const RELAY_CUE = /^(?:report|reports|reported|said|says|according to)$/;

/** "The army said X, state television reported": the outlet that closes the sentence is the
 *  intermediary of the speaker before it, not a speaker of its own. Mutates `events`. */
function relayThroughOutlet(events: ResolvedCue[]): void {
  if (events.length < 2) return;
  const k = events.length - 1;
  const outlet = events[k];
  if (!outlet.speaker || !RELAY_CUE.test(outlet.cue) || outlet.complementStart !== null) return;
  if (speakerKindOf(outlet.speaker.name, outlet.speaker) !== "outlet") return;
  const inner = events.slice(0, k).filter((e) => e.speaker && e.speaker.name !== outlet.speaker!.name);
  if (!inner.length) return;
  const via = outletName(outlet.speaker.name.replace(/^the\s+/i, ""));
  for (const e of inner) e.via ??= via;
  const speaks = inner[inner.length - 1];
  if (inner.some((e) => e.complementStart !== null || e.clauseBefore)) events.splice(k, 1);
  else Object.assign(outlet, { speaker: speaks.speaker, mention: speaks.mention, cue: speaks.cue, via });
}
