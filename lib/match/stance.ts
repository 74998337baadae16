// Stance of a passage toward a claim: what the passage says, not whether it is true. A denial cue
// ("denied", "rejected") or a negation in scope of the claim's words flips the passage's polarity;
// a claim that is itself negative ("has no links") flips it back. Counts of the same thing for the
// same event that cannot both hold make a contradiction; counts of different events say nothing.
import { extractNumbers, findDiscrepancies } from "@/lib/extract";
import { normalise, words, type Term } from "./terms";

export type Stance = "supports" | "contradicts" | "context";

const DENIAL =
  /^(?:den(?:y|ies|ied|ying|ial|ials)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|rebuff(?:s|ed)?|rebut(?:s|ted)?|repudiat(?:e|es|ed))$/;
const NEGATORS = new Set(["not", "no", "never", "nor", "neither", "none", "without", "nothing", "cannot", "nobody"]);
const NEGATIVE_VERBS =
  /^(?:avoid(?:s|ed|ing|ance)?|prevent(?:s|ed|ing)?|refus(?:e|es|ed|ing|al)|fail(?:s|ed|ure)?|lack(?:s|ed)?|den(?:y|ies|ied))$/;
// "not only", "not clear why ..." and "no longer" do not deny what follows them.
const NOT_A_DENIAL_AFTER = new Set([
  "only",
  "clear",
  "unclear",
  "known",
  "certain",
  "sure",
  "just",
  "least",
  "doubt",
  "longer",
]);
// Guesses and open questions about a claim are context for it, not support.
const SPECULATION =
  /\b(?:might|could have|may have|would have|it is (?:also )?unclear|it is (?:also )?not clear whether)\b|\?\s*$/i;
/** How far after a negator its scope reaches, in words. */
const SCOPE = 8;

// "We won't tolerate attacks", "will not hesitate to act": a warning, not a denial of what follows.
const LITOTES = new Set(["tolerate", "hesitate", "accept", "allow"]);
const isLitotes = (ws: string[], at: number) => ws.slice(at + 1, at + 4).some((w) => LITOTES.has(w));

const isNegator = (w: string) => NEGATORS.has(w) || /n['’]t$/.test(w);

/** Word indexes of negators that negate (skipping "not only", "not clear" and the like). */
function negatorsIn(text: string): number[] {
  const ws = words(text).map((w) => normalise(w.raw));
  const out: number[] = [];
  ws.forEach((w, i) => {
    if (isNegator(w) && !NOT_A_DENIAL_AFTER.has(ws[i + 1] ?? "") && !isLitotes(ws, i)) out.push(i);
    // "to avoid escalation", "its refusal to be an arena": what follows is negated too.
    else if (NEGATIVE_VERBS.test(w) && !DENIAL.test(w)) out.push(i);
    // "tit-for-tat rather than an escalation", "talks instead of strikes": what follows is set aside.
    else if ((w === "rather" || w === "instead") && (ws[i + 1] === "than" || ws[i + 1] === "of")) out.push(i + 1);
  });
  return out;
}

/**
 * The claim's terms its negation is about: the first term after each negator ("links" in "has no
 * links to the militias", "escalation" in "to avoid escalation"). A passage that names none of them
 * says nothing for or against the negation: "the timing of the strikes mattered" does not
 * contradict "the strikes were meant to avoid escalation".
 */
export function negatedTerms(claimText: string, terms: Term[], places: Set<string>): Set<string> {
  const ws = words(claimText).map((w) => normalise(w.raw));
  const at = ws.flatMap((w, i) => ((isNegator(w) && w !== "without") || NEGATIVE_VERBS.test(w) ? [i] : []));
  const out = new Set<string>();
  for (const n of at) {
    const next = terms.find((t) => t.index > n && t.index - n <= SCOPE && !places.has(t.term));
    if (next) out.add(next.term);
  }
  return out;
}

/** The text negates or denies something (a negator, "avoid", "denied"), wherever it stands. */
export function negatedAnywhere(text: string): boolean {
  return negatorsIn(text).length > 0 || words(text).some((w) => DENIAL.test(normalise(w.raw)));
}

export function claimPolarity(claimText: string): 1 | -1 {
  const ws = words(claimText).map((w) => normalise(w.raw));
  // "without" qualifies a claim ("reached the town without losses"); it does not deny it.
  return ws.some((w) => (isNegator(w) && w !== "without") || NEGATIVE_VERBS.test(w)) ? -1 : 1;
}

/** -1 when the passage denies, or negates words it shares with the claim; 1 otherwise. */
export function passagePolarity(passage: string, shared: Term[], denialCue: boolean): 1 | -1 {
  const ws = words(passage).map((w) => normalise(w.raw));
  const denial = denialCue || ws.some((w) => DENIAL.test(w));
  const negated = negatorsIn(passage).some((n) => shared.some((t) => t.index > n && t.index - n <= SCOPE));
  return ((denial ? -1 : 1) * (negated ? -1 : 1)) as 1 | -1;
}

const MONTH =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

export function dateMarks(text: string): Set<string> {
  const marks = new Set<string>();
  for (const m of text.matchAll(YEAR)) marks.add(m[1]);
  // "may" is a month only when capitalised.
  for (const m of text.matchAll(MONTH)) if (m[1] !== "may") marks.add(m[1].slice(0, 3).toLowerCase());
  return marks;
}

const disjointSets = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** True when claim and passage name dates or places and none of them agree: different events. */
export function differentEvents(claim: string, passage: string, claimPlaces: Set<string>, passagePlaces: Set<string>) {
  const cy = new Set([...dateMarks(claim)].filter((m) => /\d/.test(m)));
  const py = new Set([...dateMarks(passage)].filter((m) => /\d/.test(m)));
  const cm = new Set([...dateMarks(claim)].filter((m) => !/\d/.test(m)));
  const pm = new Set([...dateMarks(passage)].filter((m) => !/\d/.test(m)));
  return disjointSets(cy, py) || disjointSets(cm, pm) || disjointSets(claimPlaces, passagePlaces);
}

// Each passage is asked about its figures several times (ranking, then stance per claim).
const numberCache = new Map<string, ReturnType<typeof extractNumbers>>();
export function numbersOf(text: string): ReturnType<typeof extractNumbers> {
  let found = numberCache.get(text);
  if (!found) {
    found = extractNumbers(text);
    if (numberCache.size > 50_000) numberCache.clear();
    numberCache.set(text, found);
  }
  return found;
}

// Claims are matched against many passages: remember what each text counts.
const countKeyCache = new Map<string, Set<string>>();
export function countKeys(text: string): Set<string> {
  let keys = countKeyCache.get(text);
  if (!keys) {
    keys = new Set(
      numbersOf(text)
        .filter((n) => n.event)
        .map((n) => `${n.counts} ${n.event}`),
    );
    if (countKeyCache.size > 50_000) countKeyCache.clear();
    countKeyCache.set(text, keys);
  }
  return keys;
}

/** Counts in the passage that cannot agree with the claim's counts of the same thing and event. */
export function countsDisagree(claim: string, passage: string): boolean {
  return (
    findDiscrepancies([
      { name: "claim", text: claim },
      { name: "passage", text: passage },
    ]).length > 0
  );
}

export function isSpeculation(passage: string): boolean {
  return SPECULATION.test(passage);
}

/** The text gives a figure: a count or a share (years and dates are not figures). */
export function countsSomething(text: string): boolean {
  return numbersOf(text).length > 0;
}
