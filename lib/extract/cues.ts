// Reporting cues in one sentence: "X said", "said X", "X told Y that", "according to X",
// "X denied ...", "..., adding that". Each cue gets its subject phrase, the span it covers (so a
// quotation next to it can be tied to it) and where its reported clause, if any, lies.
import * as lexicon from "./lexicon";
import { endOf, outletName, tail, type Ctx, type CueEvent } from "./cue-event";
import { forwardRange, parseNounPhrase, plausibleSpeaker, type NounPhrase } from "./noun-phrases";
import type { Sentence } from "./sentences";
import { isPossessive, tokenAt, type Token } from "./tokens";
import { verbCue } from "./verb-cues";

// Local bindings: the word lists are read in per-token loops.
const { CHARACTERISING_VERBS, DENIAL_VERBS, PARTICIPLE_CUES, SPEECH_VERBS } = lexicon;

export type { CueEvent, CueKind } from "./cue-event";

const NOUN_USE = new Set([
  "to",
  "be",
  "been",
  "being",
  "is",
  "are",
  "was",
  "were",
  "the",
  "a",
  "an",
  "several",
  "many",
  "some",
  "these",
  "those",
  "their",
  "its",
  "his",
  "her",
  "our",
  "news",
  "media",
  "recent",
  "earlier",
  "initial",
  "new",
  "any",
  "no",
  "such",
  "unconfirmed",
  "of",
  "first",
  "latest",
  "not",
]);
const INTRO =
  /^(?:in|on|at|however|after|despite|as|while|although|though|even|meanwhile|earlier|later|since|when|following|during|with|amid|for|last|this|instead|still|separately|indeed|but|and|yet|also)$/;
const VIA_IN_SENTENCE =
  /\b(?:carried|published|broadcast|aired|released|distributed) by (?:the )?((?:\p{Lu}[\p{L}’'.-]*\s?)+)|\binterview with (?:the )?((?:\p{Lu}[\p{L}’'.-]*\s?)+)/u;

const DOCUMENT_VERBS = new Set(["read", "reads", "said", "says", "stated", "states"]);
const DOCUMENT_NOUN = /^(?:statement|letter|message|post|note|notice|release|communique|text|email|tweet)$/;

const isVerb = (t: Token) =>
  !t.cap &&
  !t.punct &&
  !t.masked &&
  (SPEECH_VERBS.has(t.lower) || DENIAL_VERBS.has(t.lower) || CHARACTERISING_VERBS.has(t.lower));

/** The noun phrase that opens the sentence (after an introductory "In fact," or "On Monday,"). */
export function sentenceSubject(ctx: Ctx, a: number, b: number): { np: NounPhrase; range: [number, number] } | null {
  let from = a;
  if (INTRO.test(ctx.tokens[a]?.lower ?? "")) {
    for (let i = a + 1; i < Math.min(b, a + 14); i++)
      if (ctx.tokens[i].text === ",") {
        from = i + 1;
        break;
      }
  }
  const range = forwardRange(ctx.tokens, from, b);
  const np = range && parseNounPhrase(ctx.text, ctx.tokens, range[0], range[1]);
  return np && plausibleSpeaker(np) ? { np, range } : null;
}

export function detectCues(ctx: Ctx, s: Sentence, a: number, b: number): CueEvent[] {
  const { tokens, masked } = ctx;
  const events: CueEvent[] = [];
  const body = masked.slice(s.start, s.end);
  const sentVia = body.includes(" by ") || body.includes("interview with") ? VIA_IN_SENTENCE.exec(body) : null;
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    const lower = t.lower;
    if (
      (lower === "according" && tokens[i + 1]?.lower === "to") ||
      (lower === "as" && tokens[i + 1]?.lower === "per")
    ) {
      i = accordingCue(ctx, s, a, b, i, events);
      continue;
    }
    // ", adding that" and "issued a statement saying".
    if (
      PARTICIPLE_CUES.has(lower) &&
      (tokens[i - 1]?.text === "," ||
        /^(?:statement|letter|post|message|video|communique)$/.test(tokens[i - 1]?.lower ?? ""))
    ) {
      events.push(participleCue(ctx, s, t));
      continue;
    }
    // "issued a statement, which read, in part: “…”": the statement's issuer speaks.
    const before = tokens[i - 1]?.lower;
    if (
      (before === "which" || before === "that") &&
      DOCUMENT_VERBS.has(lower) &&
      tokens.slice(Math.max(a, i - 5), i).some((x) => DOCUMENT_NOUN.test(x.lower))
    ) {
      events.push({ ...participleCue(ctx, s, t), complementStart: null });
      continue;
    }
    const prevTok = tokens[i - 1];
    if (
      !isVerb(t) ||
      NOUN_USE.has(prevTok?.lower ?? "") ||
      (prevTok && isPossessive(prevTok)) ||
      tokens[i + 1]?.lower === "by"
    )
      continue;
    const ev = verbCue(ctx, s, a, b, i);
    if (ev) {
      if (!ev.via && sentVia) ev.via = (sentVia[1] ?? sentVia[2]).trim();
      events.push(ev);
    }
  }
  return events;
}

/** "according to X" / "as per X" at token i; returns the index to continue from. */
function accordingCue(ctx: Ctx, s: Sentence, a: number, b: number, i: number, events: CueEvent[]): number {
  const { tokens, text, masked } = ctx;
  const t = tokens[i];
  let from = i + 2;
  const reporting =
    /^(?:reporting|report|reports)$/.test(tokens[from]?.lower ?? "") &&
    /^(?:by|from|in)$/.test(tokens[from + 1]?.lower ?? "");
  if (reporting) from += 2;
  // "according to a statement from X" / "a report by X": X is the source.
  const docFrom =
    /^(?:a|an|the)$/.test(tokens[from]?.lower ?? "") &&
    /^(?:statement|report|communique|post|letter|announcement)$/.test(tokens[from + 1]?.lower ?? "") &&
    /^(?:from|by|issued|released)$/.test(tokens[from + 2]?.lower ?? "");
  if (docFrom) from += /^(?:issued|released)$/.test(tokens[from + 2].lower) && tokens[from + 3]?.lower === "by" ? 4 : 3;
  const range = forwardRange(tokens, from, b);
  if (!range) return i;
  const np = parseNounPhrase(text, tokens, range[0], range[1]);
  const prev = events[events.length - 1];
  if (reporting && prev && tokenAt(tokens, prev.tailEnd) >= i - 1) {
    prev.via = np?.name ?? np?.text ?? null; // "Doe said according to reporting by Roe"
    return range[1] - 1;
  }
  const end = endOf(tokens, range);
  const before = tokens[i - 1];
  const restAfter = masked.slice(end, s.end);
  const atStart = i === a || (i === a + 1 && before.text === ",");
  events.push({
    cue: "according to",
    kind: "according",
    verbStart: t.start,
    verbEnd: tokens[i + 1].end,
    subject: np,
    inverted: true,
    // "according to Ann Lee of the Daily Star": a named reporter's outlet is the intermediary.
    role: null,
    via: np?.name && np.person && np.outlet ? outletName(np.outlet) : null,
    spanStart: t.start,
    tailEnd: end,
    hasThat: false,
    complementStart: atStart && restAfter.includes(",") ? end + restAfter.indexOf(",") + 1 : null,
    clauseBefore: !atStart && before?.text === "," ? [s.start, before.start] : null,
    parenthetical: false,
  });
  return range[1] - 1;
}

/** ", adding that ...", "a statement saying ...": the speaker is the sentence's (resolved later). */
function participleCue(ctx: Ctx, s: Sentence, t: Token): CueEvent {
  const { p, hasThat } = tail(ctx, t.end, s.end);
  const characterising = t.lower === "calling" || t.lower === "describing";
  // "saying the curfew ..." and ", adding the army ..." report a clause without "that".
  const bare =
    /^(?:saying|adding)$/.test(t.lower) &&
    /^\s+(?:the|a|an|it|he|she|they|its|his|her|their|\p{Lu})/u.test(ctx.masked.slice(p, p + 8));
  return {
    cue: t.lower,
    kind: characterising ? "characterising" : "participle",
    verbStart: t.start,
    verbEnd: t.end,
    subject: null,
    inverted: false,
    role: null,
    via: null,
    spanStart: t.start,
    tailEnd: p,
    hasThat,
    complementStart: hasThat || bare ? p : null,
    clauseBefore: null,
    parenthetical: false,
  };
}
