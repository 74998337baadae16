// Public result types of the extraction engine. Offsets are UTF-16 indices into the input string,
// so `text === input.slice(start, end)` holds for every span we return.

export type QuoteKind = "direct" | "indirect";

/** What sort of actor a speaker or intermediary is; an accepted suggestion creates an actor of it. */
export type SpeakerKind = "person" | "government" | "organization" | "armed_group" | "outlet" | "anonymous";

export type ExtractedQuote = {
  text: string;
  start: number;
  end: number;
  /** Speaker as first named in the article ("Ann Lee", "Fleet Command", "a senior official"), or
   *  null when the attribution could not be resolved (then `speakerMention` says what the text has). */
  speaker: string | null;
  /** Kind of the speaker; null when the speaker is null. */
  speakerKind: SpeakerKind | null;
  /** The words that name the speaker where the quotation is attributed ("she", "the detective"),
   *  when they differ from `speaker` or the speaker is unresolved; null otherwise. */
  speakerMention: string | null;
  /** Intermediary the words reached the article through ("Daily Star" in "told the Daily Star"). */
  via: string | null;
  /** Kind of the intermediary (usually "outlet"); null when there is none. */
  viaKind: SpeakerKind | null;
  /** Reporting verb or phrase that attributes the words ("said", "told", "according to", "denied"). */
  cue: string | null;
  kind: QuoteKind;
  /** True when the speaker is unnamed ("a senior defense official", "officials"). */
  anonymous: boolean;
  hedges: string[];
  confidence: number;
  /** Job or position stated with the speaker ("commander of the fleet", "foreign minister"); never a
   *  bare honorific ("Dr.") or a relative clause. Null when none was stated. */
  role: string | null;
};

export type Qualifier = "exact" | "at least" | "about" | "more than" | "up to" | "fewer than" | "at most" | "nearly";

export type ExtractedNumber = {
  value: number;
  qualifier: Qualifier;
  /** Normalised counted noun: singular, synonyms folded ("militiamen" -> "fighter"). */
  counts: string;
  phrase: string;
  start: number;
  end: number;
  /** Text of the sentence the number sits in. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** What happened to the counted things, when the sentence says ("killed", "injured"). */
  event: string | null;
  hedges: string[];
};

export type DiscrepancyValue = {
  value: number;
  qualifier: Qualifier;
  doc: string;
  start: number;
  end: number;
  phrase: string;
};

export type Discrepancy = { counts: string; event: string | null; values: DiscrepancyValue[] };

export type ClaimKind = "responsibility_attribution" | "quote_attribution" | "factual";

export type CandidateClaim = {
  text: string;
  start: number;
  end: number;
  kind: ClaimKind;
  reason: string;
  hedges: string[];
};

export type Span = { start: number; end: number };
