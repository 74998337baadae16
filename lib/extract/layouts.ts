// Attribution by layout rather than by a reporting verb: press-release dashes (`"…" — Ann Lee,
// CEO`), lines that introduce the next paragraph's quotation ("And from the mayor:"), and
// transcripts where a speaker's name in capitals opens the paragraph ("ANN LEE: …").
import type { Ctx, CueEvent } from "./cue-event";
import { endOf } from "./cue-event";
import { TITLES } from "./lexicon";
import { forwardRange, parseNounPhrase, plausibleSpeaker, type NounPhrase } from "./noun-phrases";
import type { QuoteSpan } from "./quote-marks";
import type { Sentence } from "./sentences";
import { tokenAt } from "./tokens";
import type { Span } from "./types";

const DASH_AFTER = /^[\s,]*(?:[—–―]|--?)\s*/;

/** Cue-less attribution event for a speaker phrase `np` found by layout. */
function layoutCue(np: NounPhrase, spanStart: number, tailEnd: number): CueEvent {
  return {
    cue: "",
    kind: "speech",
    verbStart: spanStart,
    verbEnd: spanStart,
    subject: np,
    inverted: true,
    role: np.role,
    via: null,
    spanStart,
    tailEnd,
    complementStart: null,
    hasThat: false,
    clauseBefore: null,
    parenthetical: false,
  };
}

/** `"…" — Ann Lee, Chief Executive, Acme`: a quotation followed by a dash and a name. */
export function dashCues(ctx: Ctx, s: Sentence, quotes: QuoteSpan[], b: number): CueEvent[] {
  const out: CueEvent[] = [];
  for (const q of quotes) {
    if (q.close < 0) continue;
    const m = DASH_AFTER.exec(ctx.masked.slice(q.close + 1, s.end));
    if (!m || !/[—–―-]/.test(m[0])) continue;
    const at = tokenAt(ctx.tokens, q.close + 1 + m[0].length);
    const range = forwardRange(ctx.tokens, at, b);
    if (!range) continue;
    const np = parseNounPhrase(ctx.text, ctx.tokens, range[0], range[1]);
    const next = ctx.tokens[range[1]];
    // The name must end the line or be followed by its title after a comma.
    if (!np?.name || (next && next.text !== "," && range[1] < b && !next.final)) continue;
    if (next?.text === ",") {
      const role = ctx.text
        .slice(next.end, s.end)
        .trim()
        .replace(/[.;]+$/, "");
      if (role && role.length < 80) np.role = role;
    }
    out.push(layoutCue(np, q.close + 1, endOf(ctx.tokens, range)));
  }
  return out;
}

const INTRO_FROM =
  /^(?:and\s+)?(?:here\s+is\s+|here['’]s\s+)?(?:(?:an?|the)\s+)?(?:(?:full\s+|joint\s+|written\s+)?(?:statement|quote|comment|message|word|response|reaction|remarks?)s?\s+)?from\s+(.+?)\s*:$/i;
const INTRO_SAY = /^(.+?)\s+(?:had|has)\s+this\s+to\s+(?:say|add)(?:\s+\S+){0,3}\s*:$/i;

/** "And from the mayor:", "Statement from X:", "X had this to say:": the speaker phrase's span. */
export function introSpeakerSpan(text: string, s: Sentence): Span | null {
  const body = text.slice(s.start, s.end);
  const m = INTRO_FROM.exec(body) ?? INTRO_SAY.exec(body);
  if (!m) return null;
  const start = s.start + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** Parses an intro's speaker phrase ("the mayor", "Maret Kivi, founder of Sunfield Farms"). */
export function introSpeaker(ctx: Ctx, span: Span): NounPhrase | null {
  const a = tokenAt(ctx.tokens, span.start),
    b = tokenAt(ctx.tokens, span.end);
  const range = forwardRange(ctx.tokens, a, b);
  const np = range ? parseNounPhrase(ctx.text, ctx.tokens, range[0], range[1]) : null;
  if (!np || !plausibleSpeaker(np)) return null;
  if (range && ctx.tokens[range[1]]?.text === ",") {
    const role = ctx.text.slice(ctx.tokens[range[1]].end, span.end).trim();
    if (role) np.role = role;
  }
  return np;
}

// Labels that open a line but are not speakers.
const NOT_SPEAKER_LABEL =
  /^(?:UPDATE|UPDATED|NOTE|EDITOR['’]?S NOTE|WATCH|READ|READ MORE|RELATED|PHOTO|VIDEO|SOURCE|SOURCES|CORRECTION|BREAKING|LIVE|ADVERTISEMENT|WARNING|FACT CHECK|CLAIM|VERDICT|RATING|TRANSCRIPT|Q|A|END|MORE|CONTACT|MEDIA CONTACT|ABOUT|TAGS|TOPICS)$/;
const TRANSCRIPT_LINE = /^((?:\p{Lu}{1,4}\.\s+)?\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,3})\s*:\s+(\S.*)$/u;

const titleCase = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

export type TranscriptTurn = { speaker: string; role: string | null; start: number; end: number };

/** "ANN LEE: We will vote for it." — a paragraph opened by a speaker's name in capitals. */
export function transcriptTurns(text: string, paragraphs: Span[], skip: Set<number>): TranscriptTurn[] {
  const out: TranscriptTurn[] = [];
  for (const [para, p] of paragraphs.entries()) {
    if (skip.has(para)) continue;
    const line = text.slice(p.start, p.end);
    if (line.charCodeAt(0) < 65 || line.charCodeAt(0) > 90) continue;
    const m = TRANSCRIPT_LINE.exec(line);
    if (!m || NOT_SPEAKER_LABEL.test(m[1])) continue;
    const words = m[1].split(/\s+/).map((w) => w.replace(/\.$/, ""));
    let k = 0;
    while (k < words.length - 1 && TITLES.has(titleCase(words[k]))) k++;
    const speaker = words.slice(k).map(titleCase).join(" ");
    const role = k ? words.slice(0, k).map(titleCase).join(" ") : null;
    let start = p.start + m.index + m[0].length - m[2].length;
    let end = p.end;
    while (end > start && /\s/.test(text[end - 1])) end--;
    while (start < end && /\s/.test(text[start])) start++;
    if (end > start) out.push({ speaker, role, start, end });
  }
  return out;
}
