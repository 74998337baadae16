// A reporting cue found in a sentence, and small helpers shared by the cue detectors.
import * as lexicon from "./lexicon";
import type { NounPhrase } from "./noun-phrases";
import type { Token } from "./tokens";

export type CueKind = "speech" | "denial" | "characterising" | "according" | "participle";

export type CueEvent = {
  cue: string;
  kind: CueKind;
  verbStart: number;
  verbEnd: number;
  subject: NounPhrase | null;
  inverted: boolean;
  role: string | null;
  via: string | null;
  /** Span from subject to verb: a quotation ending right before it is attributed to this cue. */
  spanStart: number;
  /** After the verb, its object and setting ("told reporters in a statement that"): a quotation
   *  opening right here is introduced by this cue. */
  tailEnd: number;
  complementStart: number | null;
  hasThat: boolean;
  /** Reported clause that precedes the cue ("The talks failed, Doe said."). */
  clauseBefore: [number, number] | null;
  /** The cue sits mid-sentence between commas ("The talks, Doe said, failed."). */
  parenthetical: boolean;
};

export type Ctx = { text: string; masked: string; tokens: Token[] };

export const endOf = (tokens: Token[], range: [number, number]) =>
  tokens[range[1] - 1].start + tokens[range[1] - 1].word.length;
/** "the UK’s Daily Star" -> "Daily Star": the outlet without its possessor. */
export const outletName = (s: string) => s.replace(/^.*[’']s\s+/, "");

const SETTING_AT = new RegExp(lexicon.SETTING_RE.source.replace(/^\^/, ""), "uy");
const THAT_AT = /\s*,?\s*that\b/y;

/** After offset p: skips setting phrases ("in a statement", "on Monday") and "that". */
export function tail(ctx: Ctx, p: number, end: number): { p: number; hasThat: boolean } {
  SETTING_AT.lastIndex = p;
  const m = SETTING_AT.exec(ctx.masked);
  let q = m && p + m[0].length <= end ? p + m[0].length : p;
  THAT_AT.lastIndex = q;
  const that = THAT_AT.exec(ctx.masked);
  const hasThat = !!that && q + that[0].length <= end;
  if (hasThat) q += that[0].length;
  return { p: q, hasThat };
}
