// Words to index terms: aliases fold to one concept key ("Tehran" -> "@iran"), other words are
// lower-cased and Porter-stemmed, stop words drop out. Positions are kept so negation can be scoped.
import { stemmer } from "stemmer";
import { CONCEPTS, PLACES } from "./aliases";

export type Term = { term: string; index: number; start: number; end: number; place: boolean };
export type AliasTable = { phrases: Map<string, string>; longest: number; places: Set<string> };

const WORD_RE = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*\.?/gu;

const STOP = new Set(
  (
    "a an the and or but if of in on at to for from by with as into onto over under about after before " +
    "during since until than then that this these those there here it its it's is are was were be been being " +
    "has have had having do does did will would shall should can could may might must also just very " +
    "which who whom whose what when where why how all any each some such other another more most " +
    "he she they them their his her we our you your i me my us one ones so up out off again further once " +
    "said says say saying told tell according added adding s " +
    // Prepositions and adverbs of place, time and degree: function words, like "in" and "at".
    "near nearby around outside inside within across along against between among amid through toward towards " +
    "upon via per despite both either too only even still yet ever already now while " +
    // The Arabic article of names ("al-Tanf", "al-Assad"): it would double every such name's weight.
    "al el " +
    // Negation is read by the stance rules; as a matching word it would pair every denial with every
    // negative claim.
    "not no never nor neither none dont doesnt didnt isnt wasnt arent werent wont cannot"
  ).split(" "),
);

// Irregular past forms the Porter stemmer leaves alone ("came" would not meet "comes").
const IRREGULAR: Record<string, string> = {
  came: "come",
  sank: "sink",
  sunk: "sink",
  fought: "fight",
  held: "hold",
  took: "take",
  taken: "take",
  led: "lead",
  gave: "give",
  given: "give",
  made: "make",
  struck: "strike",
  shot: "shoot",
  fled: "flee",
  seized: "seize",
  hit: "hit",
  began: "begin",
  begun: "begin",
  sent: "send",
  left: "leave",
  met: "meet",
  won: "win",
  lost: "lose",
  paid: "pay",
  sold: "sell",
  bought: "buy",
  built: "build",
  brought: "bring",
  thought: "think",
  told: "tell",
  went: "go",
  gone: "go",
  saw: "see",
  seen: "see",
  rose: "rise",
  fell: "fall",
};
const stems = new Map<string, string>();
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(IRREGULAR[word] ?? word.replace(/\./g, ""));
    if (stems.size > 200_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** Raw words with offsets; hyphenated words are split ("Iran-backed" -> "Iran", "backed"). */
export function words(text: string): Array<{ raw: string; start: number; end: number }> {
  const out: Array<{ raw: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD_RE)) {
    let raw = m[0];
    // A trailing dot belongs to the word only in abbreviations ("U.S."), not at a sentence end.
    if (raw.endsWith(".") && !/\.\p{L}\.$/u.test(raw)) raw = raw.slice(0, -1);
    out.push({ raw, start: m.index, end: m.index + raw.length });
  }
  return out;
}

export function normalise(raw: string): string {
  if (raw === "US" || raw === "U.S" || raw === "U.S.") return "u.s.";
  return raw
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/['’]/g, "");
}

export function buildAliasTable(extra: Record<string, string[]> = {}): AliasTable {
  const phrases = new Map<string, string>();
  const places = new Set<string>();
  let longest = 1;
  const add = (key: string, aliases: string[], place: boolean) => {
    const concept = `@${normalise(key).replace(/\s+/g, "_")}`;
    if (place) places.add(concept);
    for (const alias of [key, ...aliases]) {
      const seq = words(alias).map((w) => normalise(w.raw));
      if (!seq.length) continue;
      phrases.set(seq.join(" "), concept);
      longest = Math.max(longest, seq.length);
    }
  };
  for (const [k, v] of Object.entries(PLACES)) add(k, v, true);
  for (const [k, v] of Object.entries(CONCEPTS)) add(k, v, false);
  for (const [k, v] of Object.entries(extra)) add(k, v, false);
  return { phrases, longest, places };
}

const capitalised = (w: { raw: string } | undefined) => !!w && /^\p{Lu}/u.test(w.raw);
/**
 * A capitalised common word inside a run of capitalised words is part of a name ("Central
 * Command", "Quds Force"): it names an institution, not the act or thing the lexicon folds it to.
 */
function partOfName(text: string, ws: Array<{ raw: string; start: number }>, i: number): boolean {
  if (!capitalised(ws[i])) return false;
  const sentenceStart = i === 0 || /[.!?:"“‘\n]\s*$/.test(text.slice(Math.max(0, ws[i].start - 3), ws[i].start));
  const before = !sentenceStart && capitalised(ws[i - 1]);
  return before || (!sentenceStart && capitalised(ws[i + 1]));
}

/** Index terms of a text, in order, with the word index and offsets of each. */
export function termsOf(text: string, table: AliasTable): Term[] {
  const ws = words(text);
  const norm = ws.map((w) => normalise(w.raw));
  const out: Term[] = [];
  for (let i = 0; i < ws.length;) {
    let matched = 0;
    for (let n = Math.min(table.longest, ws.length - i); n >= 1 && !matched; n--) {
      const concept = table.phrases.get(norm.slice(i, i + n).join(" "));
      if (concept && n === 1 && !table.places.has(concept) && partOfName(text, ws, i)) continue;
      if (concept) {
        out.push({
          term: concept,
          index: i,
          start: ws[i].start,
          end: ws[i + n - 1].end,
          place: table.places.has(concept),
        });
        matched = n;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const w = norm[i];
    if (!STOP.has(w) && w.length > 1 && !/^\d+$/.test(w)) {
      out.push({ term: stem(w), index: i, start: ws[i].start, end: ws[i].end, place: false });
    }
    i++;
  }
  return out;
}
