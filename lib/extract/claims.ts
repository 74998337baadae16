// Candidate claims: sentences a checker should look at. Responsibility ("X is behind Y", "X directs
// the attacks", denials of links) first, then attributions that pass through an intermediary or an
// unnamed source, then factual counts (casualties) and hedged assertions. Only suggestions.
import { isHeadline, type Sentence } from "./sentences";
import type { CandidateClaim, ExtractedNumber, ExtractedQuote } from "./types";

const ACTS = String.raw`(?:attacks?|strikes?|airstrikes?|raids?|operations?|bombings?|assaults?|killings?|shelling|violence|campaign|plot)`;
// Each pattern is a list of alternatives that all start at a word boundary; the union below factors
// that boundary out, which makes the single pass over each sentence about twice as fast.
const RESPONSIBILITY: Array<[string[], string]> = [
  [
    [
      String.raw`(?:is|are|was|were|be|been|being)\s+(?:\w+\s+){0,2}behind\b`,
      String.raw`behind\s+(?:the\s+|these\s+|those\s+|recent\s+)?(?:\w+\s+){0,2}${ACTS}`,
    ],
    "says who is behind an act",
  ],
  [
    [
      String.raw`responsib(?:le|ility)\s+for\b`,
      String.raw`(?:claimed|claims|take[sn]?|took|denied|denies)\s+responsibility\b`,
    ],
    "assigns responsibility",
  ],
  [
    [
      String.raw`(?:direct(?:s|ed|ing)?|order(?:s|ed|ing)?|orchestrat\w+|mastermind\w*|carr(?:y|ies|ied)\s+out|launch(?:es|ed|ing)?)\s+(?:the\s+|these\s+|such\s+|a\s+series\s+of\s+|individual\s+|recent\s+)?(?:[\w-]+\s+){0,2}${ACTS}`,
    ],
    "says who directed or carried out an act",
  ],
  [
    [
      String.raw`(?:backed|funded|armed|trained|supported|sponsored|controlled|directed|commanded|supplied)\s+by\b`,
      String.raw`under\s+(?:\w+\s+)?(?:command|control)\b`,
      String.raw`on\s+behalf\s+of\b`,
      String.raw`at\s+the\s+behest\s+of\b`,
    ],
    "says who backs or controls a group",
  ],
  [
    [
      String.raw`(?:fund|funds|funding|funded|arm|arms|arming|train|trains|training)\s+(?:and\s+\w+\s+)?(?:the\s+)?(?:militias?|groups?|proxies|fighters|rebels|insurgents)\b`,
      String.raw`(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|sen[dt]|sending|ship(?:s|ped|ping)?|transfer(?:s|red|ring)?)\s+(?:\w+\s+){0,2}(?:weapons|arms|drones|missiles|rockets|ammunition|explosives|funds|money)\b`,
    ],
    "says who funds or arms a group",
  ],
  [
    [
      String.raw`(?:links?|ties|connections?)\s+(?:with|to)\b`,
      String.raw`linked\s+to\b`,
      String.raw`(?:hand|role|involvement)\s+in\b`,
      String.raw`extensions?\s+of\b`,
      String.raw`attribut\w*\s+to\b`,
      String.raw`blam(?:e|es|ed|ing)\b`,
    ],
    "links an actor to an act or group",
  ],
];
// One pass per sentence over the union of all patterns; the capture group that matched says which.
const ANY_RESPONSIBILITY = new RegExp(
  String.raw`\b(?:` + RESPONSIBILITY.map(([alts]) => `(${alts.join("|")})`).join("|") + ")",
  "i",
);
const DENIAL = /\b(?:den(?:y|ies|ied|ial)|rejected|dismissed)\b/i;
const wordCount = (s: string) => {
  let n = 0,
    inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

type Inputs = {
  text: string;
  sentences: Sentence[];
  hedges: string[][];
  statements: ExtractedQuote[];
  numbers: ExtractedNumber[];
};

/** What an intermediary or unnamed attribution in the sentence is, if any. */
function relayed(said: ExtractedQuote[]): string | null {
  for (const q of said) {
    if (q.via) return `attributed through an intermediary (${q.via})`;
    if (q.anonymous) return `attributed to an unnamed source (${q.speaker})`;
  }
  return null;
}

export function candidateClaimsIn({
  text,
  sentences,
  hedges: sentenceHedges,
  statements,
  numbers,
}: Inputs): CandidateClaim[] {
  const out: CandidateClaim[] = [];
  let qi = 0,
    ni = 0; // statements and numbers are sorted by start, like the sentences
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const said: ExtractedQuote[] = [],
      counted: ExtractedNumber[] = [];
    while (qi < statements.length && statements[qi].start < s.start) qi++;
    for (let k = qi; k < statements.length && statements[k].start < s.end; k++)
      if (statements[k].end <= s.end) said.push(statements[k]);
    while (ni < numbers.length && numbers[ni].start < s.start) ni++;
    for (let k = ni; k < numbers.length && numbers[k].start < s.end; k++)
      if (numbers[k].event) counted.push(numbers[k]);
    const body = text.slice(s.start, s.end);
    if (wordCount(body) < 6 || isHeadline(body)) continue; // headlines, bylines, navigation
    if (/\?["”’']?$/.test(body) && !/^[“"‘']/.test(body)) continue; // the writer's own questions
    const hedges = sentenceHedges[si];
    const hit = ANY_RESPONSIBILITY.exec(body);
    const resp = hit ? RESPONSIBILITY[hit.slice(1).findIndex((g) => g !== undefined)] : undefined;
    const denial = DENIAL.test(body);
    const via = relayed(said);
    let kind: CandidateClaim["kind"] | null = null,
      reason = "";
    if (resp) {
      kind = "responsibility_attribution";
      reason = denial ? "denies responsibility or links" : resp[1];
    } else if (denial) {
      kind = "quote_attribution";
      reason = "reports a denial";
    } else if (via) {
      kind = "quote_attribution";
      reason = via;
    } else if (counted.length) {
      kind = "factual";
      reason = `counts ${counted.map((n) => `${n.counts} ${n.event}`).join(", ")}`;
    } else if (hedges.length) {
      kind = "factual";
      reason = `hedged: ${hedges.join(", ")}`;
    }
    if (kind) out.push({ text: body, start: s.start, end: s.end, kind, reason, hedges });
  }
  return out;
}
