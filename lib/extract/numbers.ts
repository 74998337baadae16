// Quantities: a number (digits or words), the qualifier before it ("at least", "about") and the
// noun it counts ("600 Americans", "four of its fighters"), plus what happened to them ("killed").
import * as lexicon from "./lexicon";
import { normaliseNoun } from "./nouns";
import { isHeadline, type Sentence } from "./sentences";
import type { ExtractedNumber, Qualifier } from "./types";

// Local bindings: the word lists are read in per-token loops.
const { MONTHS, NP_STOP, SPEECH_VERBS, WEEKDAYS } = lexicon;

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(SCALES)].join("|")})`;
// Two separate scans: one union regex with the Unicode flag was several times slower.
const DIGITS_RE =
  /(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?:[Hh]undred|[Tt]housand|[Mm]illion|[Bb]illion)\b)?/g;
const WORDS_RE = new RegExp(String.raw`\b(?:a\s+dozen|${WORD}(?:(?:\s+and\s+|[\s-]+)${WORD})*)\b`, "gi");

/** Number expressions in text order; digits glued to letters ("G4", "3rd") are not numbers. */
function* numberMatches(text: string): Generator<{ index: number; raw: string }> {
  const digits = [...text.matchAll(DIGITS_RE)].filter((m) => !/[\p{L}\p{N}]/u.test(text[m.index + m[0].length] ?? " "));
  const words = [...text.matchAll(WORDS_RE)];
  let i = 0,
    j = 0;
  while (i < digits.length || j < words.length) {
    const takeDigit = j >= words.length || (i < digits.length && digits[i].index < words[j].index);
    const m = takeDigit ? digits[i++] : words[j++];
    yield { index: m.index, raw: m[0] };
  }
}
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:at\s+least|at\s+the\s+very\s+least|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than)\s+$/i, "at least"],
  [/\b(?:more\s+than|over|in\s+excess\s+of|above)\s+$/i, "more than"],
  [/\b(?:up\s+to|as\s+many\s+as)\s+$/i, "up to"],
  [/\b(?:fewer\s+than|less\s+than|under|below)\s+$/i, "fewer than"],
  [/\bat\s+most\s+$/i, "at most"],
  [/\b(?:nearly|almost|close\s+to)\s+$/i, "nearly"],
  [/\b(?:about|around|roughly|approximately|some|an\s+estimated|estimated|approx\.)\s+$/i, "about"],
];
const EVENTS: Array<[string, string]> = [
  [String.raw`killed|killing|dead|died|deaths?|slain|fatalit(?:y|ies)|lost\s+their\s+lives`, "killed"],
  [String.raw`injured|injuring|injur(?:y|ies)|wounded|wounding|hurt`, "injured"],
  [String.raw`captured|arrested|detained|abducted|kidnapped|taken\s+prisoner|held\s+hostage`, "detained"],
  [String.raw`missing`, "missing"],
  [String.raw`displaced|fled|evacuated`, "displaced"],
];
// One scan for all event words; the capture group that matched names the event.
const EVENT_RE = new RegExp(EVENTS.map(([src]) => `\\b(${src})\\b`).join("|"), "gi");
const MONTH_BEFORE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$/;
const EVENT_WINDOW = 60;
const NOUN_STOP = new Set([
  "of",
  "ago",
  "later",
  "earlier",
  "apart",
  "each",
  "apiece",
  "more",
  "less",
  "per",
  "a",
  "an",
  "the",
  "took",
  "made",
  "gave",
  "came",
  "went",
  "saw",
  "got",
  "held",
  "left",
  "began",
  "fell",
  "rose",
  "led",
  "met",
  "ran",
  "won",
  "lost",
  "sent",
  "spent",
  "built",
  "brought",
  "fought",
  "thought",
  "became",
  "remain",
  "remained",
]);

function parseValue(raw: string): number {
  const s = raw.toLowerCase().replace(/\s+/g, " ");
  if (/\d/.test(s)) {
    const [, num, scale] = /^([\d,.]+)(?: (\w+))?$/.exec(s) ?? [];
    return Number(num.replace(/,/g, "")) * (scale ? SCALES[scale] : 1);
  }
  if (s === "a dozen") return 12;
  let total = 0,
    current = 0;
  for (const w of s.split(/[\s-]+/)) {
    if (w === "and") continue;
    if (w in UNITS) current += UNITS[w];
    else if (w === "hundred") current = (current || 1) * 100;
    else {
      total += (current || 1) * SCALES[w];
      current = 0;
    }
  }
  return total + current;
}

/** The counted noun after the number: skips modifiers, "of its", quote marks; stops at function words. */
function countedNoun(text: string, from: number, limit: number): { words: string[]; end: number } | null {
  const re =
    /\s*(?:[“”"‘’']\s*)?(?:(?:of\s+)(?:the|its|their|his|her|our|those|these|them)\s+)?([\p{L}](?:[\p{L}’'-]|\.(?=\p{L}))*\.?)/uy;
  const words: string[] = [];
  let p = from,
    end = from;
  for (let k = 0; k < 5; k++) {
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m || p + m[0].length > limit) break;
    const w = m[1].replace(/\.$/, "").replace(/^[-]/, "");
    const lw = w.toLowerCase();
    const verbish = k > 0 && /(?:ed|ing)$/.test(lw) && lw.length > 3;
    if (/[’']s$/.test(w)) {
      p += m[0].length;
      continue;
    } // "nine of the group’s members": a possessor, not the noun
    const properAfterNoun = /^\p{Lu}/u.test(w) && words.some((x) => /^\p{Ll}/u.test(x));
    if (
      NP_STOP.has(lw) ||
      NOUN_STOP.has(lw) ||
      MONTHS.has(w) ||
      WEEKDAYS.has(w) ||
      SPEECH_VERBS.has(lw) ||
      verbish ||
      properAfterNoun
    ) {
      // "three operational and storage facilities": continue over a coordinated adjective.
      if ((lw === "and" || lw === "or") && words.length && /(?:al|ic|ive|ous|ary|ern)$/.test(words[words.length - 1])) {
        p += m[0].length;
        continue;
      }
      break;
    }
    words.push(w);
    p += m[0].length;
    if (/^\s*[“"‘]/.test(m[0]) && /[”"’]/.test(text[p] ?? "")) p++; // four “martyrs”
    end = m[1].endsWith(".") && !/\.\p{L}/u.test(m[1]) ? p - 1 : p; // "nine days." ends before the full stop
    // The counted noun is usually the first plural ("two sides threaten", "bases in").
    if (
      /^[\p{Ll}]/u.test(w) &&
      (/[.,;:!?”"]/.test(text[p] ?? "") || /(?:[^s]s|men|people|children|personnel|police)$/.test(lw))
    )
      break;
  }
  return words.length ? { words, end } : null;
}

export function extractNumbersIn(text: string, sentences: Sentence[], hedges: string[][]): ExtractedNumber[] {
  const out: ExtractedNumber[] = [];
  let si = 0;
  for (const { index: start, raw } of numberMatches(text)) {
    while (si < sentences.length && sentences[si].end <= start) si++;
    const s = sentences[si];
    if (!s || s.start > start) continue;
    const prev = text[start - 1] ?? " ";
    if (/[\p{L}\p{N}’']/u.test(prev) || (/[-.]/.test(prev) && /[\p{L}\p{N}]/u.test(text[start - 2] ?? " "))) continue; // F-16, 3.5, G4
    let end = start + raw.length;
    const before = text.slice(Math.max(s.start, start - 30), start);
    if (MONTH_BEFORE.test(before)) continue; // a date
    if (/^\d{4}$/.test(raw) && +raw >= 1800 && +raw <= 2100) continue; // a year
    if (/^one$/i.test(raw) && /^\s+(?:of\s+the\s+(?:most|best|few)|another|day|way)\b/i.test(text.slice(end, end + 20)))
      continue;
    const stext = text.slice(s.start, s.end);
    if (isHeadline(stext)) continue;
    const value = parseValue(raw);
    let counts: string, nounEnd: number;
    const pct = /^\s*(?:%|per\s*cent|percent)/i.exec(text.slice(end, end + 9));
    if (pct) {
      counts = "percent";
      nounEnd = end + pct[0].length;
    } else if (prev === "$") {
      counts = "dollar";
      nounEnd = end;
    } else {
      const hy = /^-(?:strong|member|man|person)\b/.exec(text.slice(end, end + 10)); // "a 150-strong force"
      const noun = countedNoun(text, hy ? end + hy[0].length : end, s.end);
      if (!noun) continue;
      counts = normaliseNoun(noun.words);
      nounEnd = noun.end;
    }
    const q = QUALIFIERS.find(([qre]) => qre.test(before));
    const qualStart = q ? Math.max(s.start, start - q[0].exec(before)![0].length) : start;
    const phraseStart = prev === "$" ? start - 1 : qualStart;
    end = nounEnd;
    out.push({
      value,
      qualifier: q ? q[1] : "exact",
      counts,
      phrase: text.slice(phraseStart, end),
      start: phraseStart,
      end,
      sentence: stext,
      sentenceStart: s.start,
      sentenceEnd: s.end,
      event: null,
      hedges: hedges[si] ?? [],
    });
  }
  assignEvents(text, out);
  return out;
}

/** What happened to the counted things: each event word ("killed") in a sentence goes to the
 *  nearest number within a short window, so "struck three depots, killing seven fighters" gives the
 *  killing to the fighters only. */
function assignEvents(text: string, numbers: ExtractedNumber[]): void {
  for (let a = 0; a < numbers.length;) {
    let b = a;
    while (b < numbers.length && numbers[b].sentenceStart === numbers[a].sentenceStart) b++;
    const inSentence = numbers.slice(a, b);
    const { sentenceStart, sentenceEnd } = numbers[a];
    const best = new Map<ExtractedNumber, number>();
    for (const m of text.slice(sentenceStart, sentenceEnd).matchAll(EVENT_RE)) {
      const at = sentenceStart + m.index;
      const name = EVENTS[m.slice(1).findIndex((g) => g !== undefined)][1];
      let nearest: ExtractedNumber | null = null,
        dist = Infinity;
      for (const n of inSentence) {
        const d = at >= n.end ? at - n.end : n.start - at - m[0].length;
        if (d >= 0 && d < dist) {
          dist = d;
          nearest = n;
        }
      }
      if (nearest && dist <= EVENT_WINDOW && dist < (best.get(nearest) ?? Infinity)) {
        best.set(nearest, dist);
        nearest.event = name;
      }
    }
    a = b;
  }
}
