// Passages the matcher proposes: sentences, cut again at semicolons and line breaks, with exact
// UTF-16 offsets into the text (headlines and list items without a full stop are passages too).
export type Passage = { start: number; end: number; text: string };

// Words that end in a dot without ending a sentence ("Gen. Lee", "U.S. forces", "Aug. 23").
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|St|Jr|Sr|No|Vol|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{L}|\b\p{L}\.\p{L})\.$/u;

// Clause boundaries inside a sentence: a comma, dash or colon before a new clause, or a
// connective that starts one ("but accused", "and has called for").
const CLAUSE_BREAK = new RegExp(
  [
    // A comma, dash or colon before a connective or a participle ("…, adding", "…, lightly injuring");
    // "…, according to officials" is the sentence's attribution, not a clause of its own, and
    // "…, who had fired rockets" says who the sentence's actors are: both stay with their sentence.
    String.raw`(?:[,:]|\s[–—-])\s+(?=(?:adding|and|but|while|whereas|when|just as|as|which|although|though|however|after|before|because|since|so|yet|in fact|or|where|(?!according\b)(?:\p{L}+ly\s+)?\p{L}+ing|\p{Ll}+ly\s+\p{L}+ed)\b)`,
    // "but" and "and" + a verb start a new clause even without a comma.
    String.raw`\s+(?=(?:but|and (?:has|have|had|is|are|was|were|will|demanded|accused|said|called))\b)`,
    // A subordinate clause of time or cause needs no comma ("… ten days ago when talks …").
    String.raw`\s+(?=(?:when|while|whereas|because|although)\s+(?!\p{Lu})\p{L}+\s+\p{L}+\s+\p{L}+)`,
  ].join("|"),
  "gu",
);
/** Clauses shorter than this many words stay with their neighbour. */
const MIN_CLAUSE_WORDS = 3;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Cut a sentence into clauses at CLAUSE_BREAK, never leaving a clause under MIN_CLAUSE_WORDS. */
function clausesOf(text: string, start: number, end: number): Array<[number, number]> {
  const sentence = text.slice(start, end);
  const cuts = [0];
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index + m[0].length;
    if (
      wordCount(sentence.slice(cuts[cuts.length - 1], at)) >= MIN_CLAUSE_WORDS &&
      wordCount(sentence.slice(at)) >= MIN_CLAUSE_WORDS
    )
      cuts.push(at);
  }
  return cuts.map((c, i) => [start + c, i + 1 < cuts.length ? start + cuts[i + 1] : end]);
}

/** A line of capitalised words without a full stop: a headline, a menu or a link list. */
function isTitleLine(s: string): boolean {
  if (/[.!?]["”’)]?$/.test(s)) return false;
  const ws = s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = ws.filter((w) => w.length > 3);
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.6;
}

/** Sentences of the text (without cutting them into clauses). */
export function sentencesOf(text: string): Passage[] {
  const out: Passage[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end - start >= 3 && /\p{L}/u.test(text.slice(start, end)))
      out.push({ start, end, text: text.slice(start, end) });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === ";") {
      push(start, c === ";" ? i + 1 : i);
      start = i + 1;
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    // Closing quotes and brackets after the stop stay with the sentence.
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    if (c === "." && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i + 1))) {
      // "U.S." ends a sentence only when a capitalised word follows a line break or the text ends.
      if (!/^\s*\n/.test(text.slice(j))) continue;
    }
    let k = j;
    while (k < text.length && text[k] === " ") k++;
    if (k < text.length && /[\p{Ll}\d]/u.test(text[k])) continue;
    push(start, j);
    start = j;
  }
  push(start, text.length);
  return out;
}

/** A question asserts nothing a claim could be matched to ("So why does the bridge matter?"). */
const isQuestion = (s: string) => /\?["”’)\]]*$/.test(s);

/** Passages: clauses of sentences; headlines, questions and link lists left out. */
export function passagesOf(text: string): Passage[] {
  const out: Passage[] = [];
  for (const s of sentencesOf(text)) {
    if (isTitleLine(s.text) || isQuestion(s.text)) continue;
    for (let [a, b] of clausesOf(text, s.start, s.end)) {
      while (a < b && /[\s,;:–—-]/.test(text[a])) a++;
      while (b > a && /[\s,;:–—-]/.test(text[b - 1])) b--;
      if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
    }
  }
  return out;
}
