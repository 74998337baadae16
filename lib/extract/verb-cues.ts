// One reporting verb in context: who is its subject (before it, behind an appositive, or after it:
// "said Col. Ann Lee"), whom it was told to (an intermediary), and where its reported clause lies.
import { endOf, outletName, tail, type Ctx, type CueEvent, type CueKind } from "./cue-event";
import * as lexicon from "./lexicon";
import {
  appositiveSubject,
  backwardRange,
  forwardRange,
  parseNounPhrase,
  plausibleSpeaker,
  skipBackOverFillers,
  type NounPhrase,
} from "./noun-phrases";
import type { Sentence } from "./sentences";

const { BARE_CLAUSE_VERBS, CHARACTERISING_VERBS, DENIAL_VERBS, GROUP_NOUNS, PERSON_NOUNS } = lexicon;

const PREPOSITION =
  /^(?:from|over|in|on|at|to|for|with|about|of|by|after|before|during|as|into|amid|while|when|without|through)$/;
const NOT_VIA =
  /^(?:reporters|journalists|lawmakers|Congress|Parliament|the Senate|the House|legislators|parliament|a |an |the press|the court|the committee)/i;
const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d+)$/;
const TELL = /^(?:tell|tells|told)$/;

type Subject = { np: NounPhrase | null; range: [number, number] | null; from: number; inverted: boolean };

/** Subject before the verb, possibly behind an appositive ("Doe, a fellow at X, said"; "X's
 *  director, Ann Lee, said"). `from` is the first token of the whole construction. */
function subjectBefore(
  ctx: Ctx,
  a: number,
  j: number,
  endsSentence = false,
): Subject & { ok: boolean; coordinated: boolean } {
  const { tokens, text } = ctx;
  let range: [number, number] | null = null,
    role: string | null = null,
    from = -1;
  if (tokens[j - 1]?.text === "," && j - 1 > a) {
    const ap = appositiveSubject(tokens, j - 1, a);
    if (ap) {
      range = ap.known ?? ap.range;
      role = ap.role ? text.slice(tokens[ap.role[0]].start, tokens[ap.role[1] - 1].end) : null;
      from = Math.min(ap.range[0], ap.role?.[0] ?? ap.range[0]);
    }
  } else range = backwardRange(tokens, j, a);
  if (range && from < 0) from = range[0];
  const np = range ? parseNounPhrase(text, tokens, range[0], range[1]) : null;
  if (np && role && !np.role) np.role = role;
  // "The depot's operator, Polar Fuels, said": a company described as such is not a person.
  if (np?.name && role && GROUP_NOUNS.has(role.split(/\s+/).pop()!.toLowerCase())) np.person = false;
  // Right after a closing quote ("...,” the detective said) any "the <noun>" is the speaker.
  const afterQuote =
    !!range && (tokens[range[0] - 1]?.quote || (tokens[range[0] - 1]?.text === "," && tokens[range[0] - 2]?.quote));
  // So is "the <noun>" closing a sentence after a comma ("The drone was launched at dawn, the navy said.").
  const closing = endsSentence && !!range && tokens[range[0] - 1]?.text === ",";
  const ok = plausibleSpeaker(np) || ((afterQuote || closing) && !!np?.head && /^the /.test(np.text));
  // "X condemned the raid and said ...": the subject is the earlier verb's (resolved later).
  const coordinated =
    !ok &&
    (/^(?:and|but)$/.test(tokens[j - 1]?.lower ?? "") ||
      (!!range && /^(?:and|but)$/.test(tokens[range[0] - 1]?.lower ?? "")));
  return { np, range, from, inverted: false, ok, coordinated };
}

/** Subject after the verb ("…,” said Col. Ann Lee", "says minister"), if the words fit that shape. */
function subjectAfter(ctx: Ctx, b: number, i: number): Subject | null {
  const { tokens, text } = ctx;
  const range = forwardRange(tokens, i + 1, b);
  if (!range) return null;
  const np = parseNounPhrase(text, tokens, range[0], range[1]);
  const first = tokens[range[0]],
    next = tokens[range[1]];
  const afterQuote = tokens[i - 1]?.quote || (tokens[i - 1]?.text === "," && tokens[i - 2]?.quote);
  // "said the spokesman", and right after a quotation also "said a police spokeswoman".
  const descriptor =
    !!np &&
    !np.name &&
    !!np.head &&
    (first.lower === "the" || afterQuote) &&
    (PERSON_NOUNS.has(np.head) || GROUP_NOUNS.has(np.head));
  const ends =
    range[1] >= b ||
    tokens[range[1] - 1].final ||
    next?.text === "." ||
    /^[,;:]$/.test(next.text) ||
    next.quote ||
    /^(?:in|on|who|from|according|of|at|for|with|after|as|during|when|while|before)$/.test(next.lower);
  const timeOnly = tokens.slice(range[0], range[1]).every((x) => TIME_WORD.test(x.word)); // "said Tuesday"
  if (!np || !(np.name || descriptor) || timeOnly || !ends) return null;
  if (next?.text === "," && !np.name) {
    // "admitted the coach, Maris Orav.": the descriptor is the role of the name after it.
    const named = forwardRange(tokens, range[1] + 1, b);
    const after = named && parseNounPhrase(text, tokens, named[0], named[1]);
    const closes =
      named && (named[1] >= b || tokens[named[1] - 1].final || /^[.,;]$/.test(tokens[named[1]]?.text ?? ""));
    if (after?.name && after.person && closes) {
      after.role = after.role ?? np.text;
      return { np: after, range: [range[0], named[1]], from: range[0], inverted: true };
    }
  }
  if (next?.text === ",") {
    // ", commander of the fleet." after an inverted name is its role.
    let r = range[1] + 1;
    while (r < b && r < range[1] + 16 && tokens[r].text !== "," && !tokens[r].quote) r++;
    if (r > range[1] + 1) np.role = text.slice(tokens[range[1] + 1].start, tokens[r - 1].end).replace(/[.,;:]+$/, "");
  }
  return { np, range, from: range[0], inverted: true };
}

/** "told the Daily Star that": the object, and whether it is an intermediary. */
function toldObject(ctx: Ctx, b: number, i: number): { end: number; via: string | null } | null {
  const { tokens, text } = ctx;
  const obj = forwardRange(tokens, i + 1, b);
  if (!obj) return null;
  const objText = text.slice(tokens[obj[0]].start, endOf(tokens, obj));
  const named = tokens[obj[0]].cap || (tokens[obj[0]].lower === "the" && tokens[obj[0] + 1]?.cap);
  return { end: endOf(tokens, obj), via: named && !NOT_VIA.test(objText) ? objText.replace(/^the\s+/, "") : null };
}

export function verbCue(ctx: Ctx, s: Sentence, a: number, b: number, i: number): CueEvent | null {
  const { tokens, masked } = ctx;
  const t = tokens[i];
  const kind: CueKind = DENIAL_VERBS.has(t.lower)
    ? "denial"
    : CHARACTERISING_VERBS.has(t.lower)
      ? "characterising"
      : "speech";
  const j = skipBackOverFillers(tokens, i, a);
  const before = subjectBefore(ctx, a, j, /^[\s.!?…”"’']*$/.test(masked.slice(t.end, s.end)));
  const after = kind === "characterising" || TELL.test(t.lower) ? null : subjectAfter(ctx, b, i);
  const afterBreak = tokens[i - 1]?.quote || tokens[i - 1]?.text === ",";
  let subj: Subject;
  if (after && (afterBreak || (!before.ok && !before.coordinated))) subj = after;
  else if (before.ok) subj = before;
  else if (before.coordinated) subj = { np: null, range: null, from: -1, inverted: false };
  else return null;
  const { np: subject, inverted } = subj;

  let tailStart = inverted ? endOf(tokens, subj.range!) : t.end;
  let via: string | null = null;
  if (TELL.test(t.lower)) {
    const obj = toldObject(ctx, b, i);
    if (obj) {
      tailStart = obj.end;
      via = obj.via;
    }
  }
  if (!via && subject?.outlet && /^(?:report|reports|reported)$/.test(t.lower)) via = outletName(subject.outlet);
  const { p, hasThat } = tail(ctx, tailStart, s.end);

  // The reported clause after the verb: "that ..." or, for verbs like "said", a bare clause.
  const next = /^\s*(\S+)/.exec(masked.slice(p, s.end))?.[1] ?? "";
  let complementStart: number | null = null;
  if (!inverted && kind !== "characterising" && next && !/^[,.;:!?“"‘'”’)—–_]/.test(next) && next !== "according") {
    if (hasThat || (BARE_CLAUSE_VERBS.has(t.lower) && !PREPOSITION.test(next))) {
      complementStart = p;
      while (/\s/.test(masked[complementStart])) complementStart++;
    }
  }
  // A cue at the end of its sentence reports the clause before it ("The talks failed, Doe said.");
  // one between commas mid-sentence is parenthetical ("The talks, Doe said, failed.").
  const firstTok = inverted ? tokens[i - 1] : subj.range ? tokens[subj.from - 1] : null;
  const rest = masked.slice(p, s.end).replace(/^\s*,?\s*according to (?:reporting|a report|reports) by [^,.;]*/, "");
  let clauseBefore: [number, number] | null = null,
    parenthetical = false;
  if (firstTok && /^[\s.!?…”’"')\]]*$/.test(rest) && firstTok.start > s.start) {
    if (firstTok.text === ",") clauseBefore = [s.start, firstTok.start];
    else if (inverted) clauseBefore = [s.start, t.start];
  } else if (firstTok?.text === "," && /^\s*,/.test(rest) && !hasThat) parenthetical = true;

  const spanStart = inverted || !subject ? t.start : Math.min(subject.start, tokens[subj.from]?.start ?? subject.start);
  return {
    cue: t.lower,
    kind,
    verbStart: t.start,
    verbEnd: t.end,
    subject,
    inverted,
    role: subject?.role ?? null,
    via,
    spanStart,
    tailEnd: p,
    complementStart,
    hasThat,
    clauseBefore,
    parenthetical,
  };
}
