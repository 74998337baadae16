// Speaker noun phrases: where they start and end around a reporting verb, and what they contain
// (a proper name after titles, a role, an affiliation, or only a descriptor such as "officials").
import * as lexicon from "./lexicon";
import { isParticle, isPossessive, stripPossessive, tokenAt as tokenIndex, type Token } from "./tokens";

// Local bindings: the word lists are read in per-token loops.
const { DETERMINERS, GROUP_NOUNS, leadingRoleWords, NP_STOP, ORG_WORDS, PERSON_NOUNS, PRONOUNS, TITLES } = lexicon;

export type NounPhrase = {
  start: number;
  end: number;
  /** The phrase as written, leading determiner lower-cased ("the foreign ministry"). */
  text: string;
  /** Proper name without titles ("Ann Lee" from "Cmdr. Ann Lee"), or null for descriptors. */
  name: string | null;
  /** Title, role or appositive that came with the name. */
  role: string | null;
  /** Owner or employer ("Acme Institute" in "the Acme Institute's Ann Lee", "X of the Daily Star"). */
  affiliation: string | null;
  /** Organisation after "of"/"at" following a name ("Ann Lee of the Daily Star"): a reporter's outlet. */
  outlet: string | null;
  pronoun: string | null;
  /** Lower-case head noun of a descriptor ("official" in "a senior official"). */
  head: string | null;
  person: boolean;
  /** Two or more people joined by "and" ("Vera Sepp and Ott Kruus"). */
  plural?: boolean;
};

const ADVERB_SKIP = new Set([
  "also",
  "further",
  "again",
  "later",
  "earlier",
  "then",
  "once",
  "previously",
  "repeatedly",
  "has",
  "have",
  "had",
  "did",
  "does",
  "do",
  "will",
  "would",
  "could",
  "may",
  "might",
  "was",
  "is",
  "had",
  "long",
  "even",
  "still",
  "already",
  "subsequently",
  "separately",
  "too",
]);
const TIME_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|Mondays)$/;
const APPOSITIVE_START = new Set([
  "a",
  "an",
  "the",
  "who",
  "whose",
  "which",
  "one",
  "known",
  "also",
  "himself",
  "herself",
  "itself",
  "now",
  "then",
  "formerly",
  "former",
]);
const CONNECTIVES = new Set([
  "however",
  "meanwhile",
  "though",
  "too",
  "in turn",
  "for example",
  "for instance",
  "moreover",
  "furthermore",
]);
const VERBISH = (t: Token) =>
  !t.cap && t.word.length > 4 && /(?:ed|ing)$/.test(t.lower) && !PERSON_NOUNS.has(t.lower) && !GROUP_NOUNS.has(t.lower);

const nameToken = (t: Token) =>
  !t.punct && !t.masked && (t.cap || isParticle(t)) && !TITLES.has(t.word.replace(/\.$/, ""));
const npToken = (t: Token) =>
  !t.punct && !t.masked && (t.cap || (!NP_STOP.has(t.lower) && !VERBISH(t) && !/ly$/.test(t.lower)));

/** "Defence Ministry", "Foreign Office": title words belong to an organisation's name. */
function inNameRun(t: Token, orgName: boolean): boolean {
  return nameToken(t) || (orgName && t.cap && !t.punct && !t.masked);
}

/** Skips nickname triples (“Red”) inside a name, returning the index after them, else i. */
function skipNickname(tokens: Token[], i: number, step: 1 | -1): number {
  const a = tokens[i],
    b = tokens[i + step],
    c = tokens[i + 2 * step];
  return a?.quote && b && !b.punct && b.cap && c?.quote ? i + 3 * step : i;
}

/** Walks back from just before `end` (exclusive token index) over adverbs, auxiliaries and
 *  time or setting phrases ("in a statement", "on Monday") that sit between subject and verb. */
export function skipBackOverFillers(tokens: Token[], end: number, floor: number): number {
  let i = end - 1;
  for (;;) {
    const t = tokens[i];
    if (i < floor || !t) break;
    if (ADVERB_SKIP.has(t.lower) || (!t.cap && /ly$/.test(t.lower) && t.lower.length > 3)) {
      i--;
      continue;
    }
    if (TIME_WORDS.test(t.word)) {
      i -= /^(?:on|last|this)$/.test(tokens[i - 1]?.lower ?? "") ? 2 : 1;
      continue;
    }
    if (
      /^(?:statement|interview|speech|briefing|letter|post)$/.test(t.lower) &&
      /^(?:a|an)$/.test(tokens[i - 1]?.lower ?? "") &&
      tokens[i - 2]?.lower === "in"
    ) {
      i -= 3;
      continue;
    }
    break;
  }
  return i + 1;
}

const LINK_WORDS = new Set(["of", "at", "for", "in"]);
const LINK = { test: (w: string) => LINK_WORDS.has(w) };
const QUANTITY = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some)$/;

/** Token range [from, to) of the noun phrase ending right before token `end`, or null. */
export function backwardRange(tokens: Token[], end: number, floor: number): [number, number] | null {
  if (end - 1 >= floor && PRONOUNS.has(tokens[end - 1]?.lower ?? "")) return [end - 1, end];
  let i = end - 1;
  let n = 0;
  while (i >= floor && n < 14) {
    const t = tokens[i];
    if (t.final) break;
    const nick = skipNickname(tokens, i, -1);
    if (nick !== i) {
      i = nick;
      continue;
    }
    // "Ann Lee of the Acme Institute", "officials at Central Command": one phrase across the link.
    if (
      DETERMINERS.has(t.lower) &&
      LINK.test(tokens[i - 1]?.lower ?? "") &&
      i - 2 >= floor &&
      npToken(tokens[i - 2]) &&
      (tokens[i + 1]?.cap || PERSON_NOUNS.has(tokens[i - 2].lower))
    ) {
      i -= 2;
      n += 2;
      continue;
    }
    if (LINK.test(t.lower) && i + 1 < end && tokens[i + 1].cap && i > floor && npToken(tokens[i - 1])) {
      i--;
      n++;
      continue;
    }
    if (t.lower === "and" && i + 1 < end && tokens[i + 1].cap && i > floor && tokens[i - 1].cap) {
      i--;
      n++;
      continue;
    } // "Centre for Peace and Security"
    if (DETERMINERS.has(t.lower) || (QUANTITY.test(t.word) && !t.cap)) {
      i--;
      break;
    }
    // "armed groups", "the ruling party": a participle before a noun is a modifier.
    if (VERBISH(t) && i + 1 < end && !t.final && npToken(tokens[i + 1]) && !VERBISH(tokens[i + 1])) {
      i--;
      n++;
      continue;
    }
    if (!npToken(t)) break;
    i--;
    n++;
  }
  return i + 1 < end ? [i + 1, end] : null;
}

/** Token range [from, to) of the noun phrase starting at token `from`, or null. */
export function forwardRange(tokens: Token[], from: number, to: number): [number, number] | null {
  let i = from;
  if (i < to && DETERMINERS.has(tokens[i].lower)) i++;
  while (i < to) {
    const t = tokens[i];
    const nick = skipNickname(tokens, i, 1);
    if (nick !== i) {
      i = nick;
      continue;
    }
    if (
      LINK.test(t.lower) &&
      i > from &&
      (tokens[i + 1]?.cap || (tokens[i + 1]?.lower === "the" && tokens[i + 2]?.cap))
    ) {
      i += tokens[i + 1].cap ? 1 : 2;
      continue;
    }
    if (i > from && (DETERMINERS.has(t.lower) || LINK.test(t.lower))) break;
    // "Vera Sepp and Ott Kruus": two names joined by "and" are one (plural) speaker.
    if (
      t.lower === "and" &&
      i > from &&
      tokens[i - 1].cap &&
      !tokens[i - 1].final &&
      tokens[i + 1]?.cap &&
      i + 1 < to
    ) {
      i++;
      continue;
    }
    if (
      VERBISH(t) &&
      i + 1 < to &&
      !t.final &&
      npToken(tokens[i + 1]) &&
      !VERBISH(tokens[i + 1]) &&
      !tokens[i + 1].cap &&
      !DETERMINERS.has(tokens[i + 1].lower)
    ) {
      i++;
      continue;
    }
    if (!npToken(t)) break;
    i++;
    if (t.final) break;
  }
  return i > from ? [from, i] : null;
}

/** Parses tokens [from, to) as a speaker phrase. */
export function parseNounPhrase(text: string, tokens: Token[], from: number, to: number): NounPhrase | null {
  // Drop nickname triples: “Red” adds nothing to the name.
  const toks = tokens
    .slice(from, to)
    .filter((t, k, all) => !(t.quote || (all[k - 1]?.quote && all[k + 1]?.quote)))
    // "Officials said": capitalised only because it starts the sentence.
    .map((t, k) =>
      k === 0 &&
      t.cap &&
      (PERSON_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower)) &&
      !TITLES.has(t.word.replace(/\.$/, ""))
        ? { ...t, cap: false }
        : t,
    );
  if (!toks.length) return null;
  const start = toks[0].start,
    end = toks[toks.length - 1].start + toks[toks.length - 1].word.length;
  const raw = text.slice(start, end);
  // Sentence-initial capitals of determiners and common nouns are not part of the name.
  const lowerFirst = DETERMINERS.has(toks[0].lower) || (!toks[0].cap && /^\p{Lu}/u.test(toks[0].word));
  const phrase = lowerFirst ? raw[0].toLowerCase() + raw.slice(1) : raw;
  if (toks.length === 1 && PRONOUNS.has(toks[0].lower)) {
    return {
      start,
      end,
      text: toks[0].word,
      name: null,
      role: null,
      affiliation: null,
      outlet: null,
      pronoun: toks[0].lower,
      head: null,
      person: toks[0].lower !== "it",
    };
  }
  // "Ann Lee of the Daily Star", "officials in Lund": split off the affiliation. "of"/"for" stay
  // inside an organisation's name ("Ministry of Defence", "Institute for Peace"), "in"/"at" never do.
  const orgHead = (k: number) =>
    toks.slice(0, k).some((t) => ORG_WORDS.has(t.word)) ||
    toks.slice(0, k).every((t) => TITLES.has(t.word.replace(/\.$/, "")));
  const of = toks.findIndex(
    (t, k) => k > 0 && (/^(?:at|in)$/.test(t.lower) || (/^(?:of|for)$/.test(t.lower) && !orgHead(k))),
  );
  let affiliation: string | null = null;
  let core = toks;
  if (of > 0 && of < toks.length - 1) {
    const tail = toks.slice(of + 1);
    affiliation = text
      .slice(tail[0].start, tail[tail.length - 1].start + tail[tail.length - 1].word.length)
      .replace(/^the\s+/i, "");
    core = toks.slice(0, of);
  }
  const and = core.findIndex((t, k) => k > 0 && t.lower === "and" && core[k - 1].cap && core[k + 1]?.cap);
  if (and > 0 && !core.some((t) => ORG_WORDS.has(t.word))) {
    // "Vera Sepp and Ott Kruus": both people speak; each keeps its own titles out of the name.
    const left = parseNounPhrase(text, tokens, tokenIndex(tokens, core[0].start), tokenIndex(tokens, core[and].start));
    const right = parseNounPhrase(
      text,
      tokens,
      tokenIndex(tokens, core[and + 1].start),
      tokenIndex(tokens, end - 1) + 1,
    );
    if (left?.name && right?.name) {
      const name = `${left.name} and ${right.name}`;
      return {
        start,
        end,
        text: phrase,
        name,
        role: null,
        affiliation,
        outlet: null,
        pronoun: null,
        head: null,
        person: true,
        plural: true,
      };
    }
  }
  const last = core[core.length - 1];
  if (!last.cap) {
    const head = last.lower;
    const person = PERSON_NOUNS.has(head);
    return { start, end, text: phrase, name: null, role: null, affiliation, outlet: null, pronoun: null, head, person };
  }
  // Trailing run of name tokens after the last title or possessive; an organisation's name may
  // contain "of", "for", "and" and "the" ("Ministry of Defence", "Centre for Peace and Security").
  const orgName = core.some((t) => ORG_WORDS.has(t.word));
  const inName = (k: number) =>
    orgName &&
    k > 0 &&
    (/^(?:of|for|and)$/.test(core[k].lower) || (core[k].lower === "the" && /^(?:of|for)$/.test(core[k - 1].lower)));
  let k = core.length - 1;
  while (
    k > 0 &&
    ((inNameRun(core[k - 1], orgName) && !DETERMINERS.has(core[k - 1].lower)) || inName(k - 1)) &&
    !isPossessive(core[k - 1])
  )
    k--;
  while (k < core.length - 1 && (!inNameRun(core[k], orgName) || DETERMINERS.has(core[k].lower))) k++;
  let nameToks = core.slice(k);
  if (!inNameRun(nameToks[0], orgName)) nameToks = nameToks.slice(1);
  nameToks = nameToks.slice(leadingRoleWords(nameToks.map((t) => t.word)));
  if (!nameToks.length)
    return {
      start,
      end,
      text: phrase,
      name: null,
      role: null,
      affiliation,
      outlet: null,
      pronoun: null,
      head: last.lower,
      person: true,
    };
  const before = core.slice(0, core.length - nameToks.length).filter((t) => !DETERMINERS.has(t.lower));
  const possessor = before.length && isPossessive(before[before.length - 1]) ? before : null;
  const outlet = affiliation;
  if (possessor && !affiliation)
    affiliation = stripPossessive(text.slice(possessor[0].start, possessor[possessor.length - 1].end));
  const titled = before.some((t) => TITLES.has(t.word.replace(/\.$/, "")) || PERSON_NOUNS.has(t.lower));
  const role = before.length && !possessor ? text.slice(before[0].start, before[before.length - 1].end) : null;
  const name = orgName
    ? text.slice(nameToks[0].start, nameToks[nameToks.length - 1].start + nameToks[nameToks.length - 1].word.length)
    : nameToks.map((t) => t.word).join(" ");
  const orgLike =
    nameToks.some((t) => ORG_WORDS.has(t.word)) || (nameToks.length === 1 && /^\p{Lu}{2,}$/u.test(nameToks[0].word));
  const person = !orgLike && (titled || nameToks.length >= 2);
  return { start, end, text: phrase, name, role, affiliation, outlet, pronoun: null, head: null, person };
}

/** A phrase is a plausible speaker if it names someone, is a pronoun, or has a speaking head noun. */
export function plausibleSpeaker(np: NounPhrase | null): boolean {
  if (!np) return false;
  if (np.name || np.pronoun) return true;
  return !!np.head && (PERSON_NOUNS.has(np.head) || GROUP_NOUNS.has(np.head));
}

export type Appositive = { range: [number, number]; role: [number, number] | null; known: [number, number] | null };

/** Splits "NAME, APPOSITIVE," (or "ROLE, NAME,") before a verb: the name's token range, the role's
 *  range, and for "X, known as Y," the range of Y. */
export function appositiveSubject(tokens: Token[], commaIdx: number, floor: number): Appositive | null {
  // tokens[commaIdx] is the comma just before the verb; find the comma that opens the appositive.
  let open = -1;
  for (let i = commaIdx - 1; i >= floor && commaIdx - i < 30; i--)
    if (tokens[i].text === ",") {
      open = i;
      break;
    }
  if (open < 0) return null;
  // "Lars Eklund, 52, a guard, said": an age between commas belongs to the name.
  const nameEnd =
    open - 2 >= floor && /^\d{1,3}$/.test(tokens[open - 1].word) && tokens[open - 2].text === "," ? open - 2 : open;
  const first = tokens[open + 1];
  if (!first) return null;
  const apposText = tokens
    .slice(open + 1, commaIdx)
    .map((t) => t.lower)
    .join(" ");
  const range = backwardRange(tokens, nameEnd, floor);
  const inner = tokens.slice(open + 1, commaIdx);
  // "Acme's chief economist, Ann Lee, said": the name is the part between the commas.
  if (range && inner.length <= 5 && inner.every((t) => t.cap || isParticle(t)) && !tokens[range[1] - 1].cap) {
    return { range: [open + 1, commaIdx], role: range, known: null };
  }
  if (CONNECTIVES.has(apposText)) return range ? { range, role: null, known: null } : null;
  const participle = /(?:ing|ed)$/.test(first.lower) && !first.cap; // ", speaking on condition of anonymity,"
  const starts =
    APPOSITIVE_START.has(first.lower) || PERSON_NOUNS.has(first.lower) || TITLES.has(first.word) || participle;
  if (!starts || !range) return null;
  let known: [number, number] | null = null;
  if (first.lower === "known" || first.lower === "also") {
    for (let i = open + 1; i < commaIdx; i++)
      if (tokens[i].lower === "as") {
        known = forwardRange(tokens, i + 1, commaIdx);
        break;
      }
  }
  return { range, role: [open + 1, commaIdx], known };
}
