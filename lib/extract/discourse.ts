// Who has been named and who has spoken so far. This is the engine's only "coreference": surnames
// map to the full name first given, and "he said" / "the analyst said" / "the group said" map to the
// most recent fitting speaker. Nothing subtler (no gender, no world knowledge).
import { genderOfGivenName, genderOfNoun, genderOfTitle, type Gender } from "./given-names";
import * as lexicon from "./lexicon";
import type { NounPhrase } from "./noun-phrases";
import type { SpeakerKind } from "./types";
import { isParticle, isPossessive, stripPossessive, type Token } from "./tokens";

// Local bindings: the word lists are read in per-token loops.
const {
  ANONYMOUS_HEADS,
  DETERMINERS,
  GROUP_NOUNS,
  GROUP_SYNONYMS,
  leadingRoleWords,
  NP_STOP,
  ORG_WORDS,
  PERSON_NOUNS,
  PLACE_WORDS,
  PRONOUNS,
  ROLE_SYNONYMS,
  TITLES,
} = lexicon;

export type Speaker = {
  name: string;
  person: boolean;
  anonymous: boolean;
  plural: boolean;
  role: string | null;
  /** How the speaker was found: a name, a surname, a pronoun or a descriptor back-reference. */
  via: "name" | "surname" | "pronoun" | "backref" | "descriptor";
  /** Set when the layout says what the speaker is (otherwise read from the name). */
  kind?: SpeakerKind;
  /** A single capitalised word ("Voss said"): maybe a person, maybe a country or a company. */
  weak?: boolean;
};

type Mention = { full: string; person: boolean; role: string | null; pos: number; weak?: boolean };

// A capitalised run right after these is a place, a shop or a thing, not a person.
const NOT_PERSON_BEFORE = new Set(
  "the in at into near across outside inside throughout towards toward onto via around".split(" "),
);
// "Brandt arrived late": a lone capitalised subject before a verb may be a person's surname.
const PAST_VERB =
  /^(?:[a-z]+ed|was|is|has|had|went|came|left|told|took|made|spoke|sat|stood|ran|got|gave|saw|met|won|lost|led|kept|felt|held|wrote|knew|began|said|says)$/;

const startsRun = (t: Token) =>
  t.cap &&
  !t.punct &&
  !t.masked &&
  !isTitle(t) &&
  !DETERMINERS.has(t.lower) &&
  !NP_STOP.has(t.lower) &&
  !PRONOUNS.has(t.lower) &&
  !notName(t.word);
const isTitle = (t: Token) =>
  TITLES.has(t.word.endsWith(".") ? t.word.slice(0, -1) : t.word) || PERSON_NOUNS.has(t.lower);
// Capitalised only because they start a sentence, or acronyms: never part of a person's name.
const NOT_NAME = new Set(
  "One Two Three Four Five Six Seven Eight Nine Ten Many Several Some Most All Key Even Also Indeed Unfortunately Still Yet Only".split(
    " ",
  ),
);
const notName = (word: string) => {
  const w = stripPossessive(word);
  return NOT_NAME.has(w) || (w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase()); // acronyms
};

/** Names of people seen anywhere in the text: by surname (first full form given) and in order. */
export type Registry = { bySurname: Map<string, Mention>; persons: Mention[]; genders: Map<string, Gender> };

export function buildRegistry(tokens: Token[]): Registry {
  const reg = new Map<string, Mention>();
  const persons: Mention[] = [];
  const genders = new Map<string, Gender>();
  const noteGender = (full: string, title: Token | undefined, given: string) => {
    const g = (title && genderOfTitle(title.word)) || genderOfGivenName(given);
    if (g && !genders.has(full)) genders.set(full, g);
  };
  let i = 0;
  while (i < tokens.length) {
    if (!startsRun(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    const words: Token[] = [];
    while (j < tokens.length) {
      const t = tokens[j];
      if (t.quote && tokens[j + 1]?.cap && tokens[j + 2]?.quote) {
        j += 3;
        continue;
      } // nickname
      if (!(startsRun(t) || (isParticle(t) && tokens[j + 1]?.cap))) break;
      words.push(t);
      j++;
      if (isPossessive(t) || t.final) break;
    }
    const prev = tokens[i - 1];
    const lastWord = stripPossessive(words[words.length - 1]?.word ?? "");
    if (
      (prev && NOT_PERSON_BEFORE.has(prev.lower) && !isTitle(tokens[i - 1])) ||
      PLACE_WORDS.has(lastWord) ||
      ORG_WORDS.has(lastWord)
    ) {
      i = Math.max(j, i + 1);
      continue;
    }
    if (words.length < 2 && !(i > 0 && isTitle(tokens[i - 1])) && !reg.has(stripPossessive(words[0].word))) {
      const w = words[0];
      const sentenceStart = !prev || prev.final || prev.quote || /^[.!?:;]$/.test(prev.text);
      const next = tokens[j];
      if (w && sentenceStart && next && !next.cap && PAST_VERB.test(next.lower) && !GROUP_NOUNS.has(w.lower))
        persons.push({ full: stripPossessive(w.word), person: true, role: null, pos: w.start, weak: true });
      i = Math.max(j, i + 1);
      continue;
    }
    const roles = leadingRoleWords(words.map((w) => w.word));
    const titled = (i > 0 && isTitle(tokens[i - 1])) || roles > 0;
    words.splice(0, roles);
    if (words.length >= 2 && !words.some((w) => ORG_WORDS.has(stripPossessive(w.word)))) {
      const last = words[words.length - 1];
      const surname = stripPossessive(last.word);
      const full = words.map((w) => stripPossessive(w.word)).join(" ");
      if (!reg.has(surname))
        reg.set(surname, { full, person: true, role: appositiveAfter(tokens, j), pos: words[0].start });
      persons.push({ ...reg.get(surname)!, pos: words[0].start });
      noteGender(reg.get(surname)!.full, prev, words[0].word);
    } else if (words.length === 1 && (titled || reg.has(stripPossessive(words[0].word)))) {
      const surname = stripPossessive(words[0].word);
      if (!reg.has(surname)) reg.set(surname, { full: surname, person: true, role: null, pos: words[0].start });
      persons.push({ ...reg.get(surname)!, pos: words[0].start });
      noteGender(reg.get(surname)!.full, prev, words[0].word);
    }
    i = Math.max(j, i + 1);
  }
  return { bySurname: reg, persons, genders };
}

/** ", a professor at X," right after a name: kept so "the professor said" can find the name. */
function appositiveAfter(tokens: Token[], j: number): string | null {
  if (tokens[j]?.text !== "," || !/^(?:a|an|the)$/.test(tokens[j + 1]?.lower ?? "")) return null;
  const words: string[] = [];
  for (let k = j + 1; k < tokens.length && k < j + 16 && tokens[k].text !== "," && !tokens[k].final; k++)
    words.push(tokens[k].lower);
  return words.join(" ");
}

const synonyms = (head: string) => {
  const singular = head.replace(/(?<=[a-z]{3})s$/, "").replace(/men$/, "man");
  return ROLE_SYNONYMS.find((g) => g.includes(head) || g.includes(singular)) ?? [head, singular];
};
const LOOKBACK = 200;
const BACKREF_RE = /^(?:the|this|that)(?: [a-z-]+){0,2} ([a-z]+)$/;

export class Discourse {
  private spoken: Array<Speaker & { pos: number }> = [];
  /** Names that "he" or "she" referred to: people, whatever their name looked like. */
  readonly referredAsPerson = new Set<string>();
  constructor(private registry: Registry) {}

  /** Turns a speaker phrase into a speaker, resolving surnames, pronouns and back-references. */
  resolve(np: NounPhrase, pos: number): Speaker | null {
    if (np.pronoun) return this.resolvePronoun(np.pronoun, pos);
    if (np.name) {
      const words = np.name.split(/\s+/);
      const known = this.registry.bySurname.get(stripPossessive(words[words.length - 1]));
      const full = known && known.full.endsWith(np.name) && known.full.length > np.name.length ? known.full : np.name;
      // Two-word names look like people; a single word is a person only if titled or known as a surname.
      const person = words.length === 1 ? np.person || (!!known && known.person && full !== np.name) : np.person;
      const plural = !!np.plural;
      return {
        name: full,
        person: person || plural,
        anonymous: false,
        plural,
        role: np.role ?? known?.role ?? null,
        via: full === np.name ? "name" : "surname",
        weak: words.length === 1 && !person && !ORG_WORDS.has(words[0]) && !notName(words[0]),
      };
    }
    const back = BACKREF_RE.exec(np.text);
    if (back && np.head && !np.affiliation) {
      const found = this.findByRole(np.head, pos);
      if (found) return { ...found, via: "backref" };
      // A bare "the detective" with no fitting role is most likely the last person quoted; with
      // modifiers ("the provincial governor") it is more likely someone new, so it stays literal.
      if (!GROUP_NOUNS.has(np.head) && !np.head.endsWith("s") && /^the \S+$/.test(np.text)) {
        const last = this.last((s) => s.person && !s.anonymous);
        if (last) return { ...last, via: "backref" };
      }
      // "the statement said": the organisation whose statement it is.
      if (/^(?:statement|report|communique|announcement|letter)$/.test(np.head) && /^the \S+$/.test(np.text)) {
        const org = this.last((s) => !s.person && !s.anonymous);
        if (org) return { ...org, via: "backref" };
      }
    }
    const head = np.head ?? "";
    return {
      name: np.affiliation && !np.text.includes(np.affiliation) ? `${np.text} of ${np.affiliation}` : np.text,
      person: PERSON_NOUNS.has(head) || /(?:man|men|woman|women|people)$/.test(head),
      anonymous: ANONYMOUS_HEADS.has(head),
      plural: /s$/.test(head) && !/ss$/.test(head),
      role: null,
      via: "descriptor",
    };
  }

  /** `pos` is the end of the sentence the speaker spoke in: names mentioned later are more recent. */
  record(s: Speaker, pos: number) {
    this.spoken.push({ ...s, pos });
    if (s.via === "descriptor" && !this.registry.genders.has(s.name)) {
      const g = genderOfNoun(s.name);
      if (g) this.registry.genders.set(s.name, g);
    }
  }

  lastSpeaker(): Speaker | null {
    return this.spoken[this.spoken.length - 1] ?? null;
  }

  /** Most recent speaker matching `pred`, looking back a bounded number of statements: a referent
   *  hundreds of statements back is unlikely, and the bound keeps long documents linear. */
  private last(pred: (s: Speaker) => boolean): Speaker | null {
    const stop = Math.max(0, this.spoken.length - LOOKBACK);
    for (let i = this.spoken.length - 1; i >= stop; i--) if (pred(this.spoken[i])) return this.spoken[i];
    return null;
  }

  private resolvePronoun(p: string, pos: number): Speaker | null {
    if (p === "he" || p === "she") {
      const found = this.heOrShe(p === "he" ? "m" : "f", pos, false) ?? this.heOrShe(p === "he" ? "m" : "f", pos, true);
      if (!found) return null;
      if (!this.registry.genders.has(found.name)) this.registry.genders.set(found.name, p === "he" ? "m" : "f");
      this.referredAsPerson.add(found.name);
      return { ...found, person: true, via: "pronoun" };
    }
    if (p === "they") {
      const s = this.last((x) => x.plural || !x.person);
      return s ? { ...s, via: "pronoun" } : null;
    }
    if (p === "it") {
      const s = this.last((x) => !x.person && !x.plural);
      return s ? { ...s, via: "pronoun" } : null;
    }
    return null;
  }

  /** The most recent person of a compatible gender: the last one who spoke, or a person named after
   *  that speaker's sentence ("Tenn disagreed. 'We played well,' she said"). Lone capitalised words
   *  ("Voss said") are candidates only in the second pass, when nobody else fits. */
  private heOrShe(g: Gender, pos: number, weak: boolean): Speaker | null {
    const fits = (name: string) => {
      const x = this.registry.genders.get(name);
      return !x || x === g;
    };
    const stop = Math.max(0, this.spoken.length - LOOKBACK);
    let spoken: (Speaker & { pos: number }) | null = null;
    for (let i = this.spoken.length - 1; i >= stop && !spoken; i--) {
      const x = this.spoken[i];
      if (!x.plural && (weak ? x.weak || x.person : x.person && !x.weak) && fits(x.name)) spoken = x;
    }
    const persons = this.registry.persons;
    let named: Mention | null = null;
    for (let i = persons.length - 1, seen = 0; i >= 0 && seen < LOOKBACK && !named; i--) {
      const m = persons[i];
      if (m.pos >= pos) continue;
      if (spoken && m.pos < spoken.pos) break;
      seen++;
      if (!!m.weak === weak && fits(m.full)) named = m;
    }
    if (named)
      return { name: named.full, person: true, anonymous: false, plural: false, role: named.role, via: "pronoun" };
    return spoken;
  }

  /** Most recent speaker (or, failing that, named person) whose role fits "the <head>". */
  private findByRole(head: string, pos: number): Speaker | null {
    const words = synonyms(head);
    const fits = (role: string | null) => !!role && words.some((w) => role.toLowerCase().includes(w));
    const spoken = this.last((s) => fits(s.role) || (s.via === "descriptor" && fits(s.name)));
    if (spoken) return spoken;
    if (GROUP_NOUNS.has(head)) {
      const named = this.last((s) => !s.person && s.name.toLowerCase().split(/\s+/).includes(head));
      if (named) return named;
    }
    if (GROUP_SYNONYMS.includes(head)) {
      const org = this.last((s) => !s.person && !s.anonymous);
      if (org) return org;
    }
    let best: Mention | null = null;
    const persons = this.registry.persons;
    for (let i = persons.length - 1, seen = 0; i >= 0 && seen < LOOKBACK && !best; i--) {
      if (persons[i].pos < pos) {
        seen++;
        if (fits(persons[i].role)) best = persons[i];
      }
    }
    return best
      ? { name: best.full, person: true, anonymous: false, plural: false, role: best.role, via: "backref" }
      : null;
  }
}
