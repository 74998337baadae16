// The matcher's index of a workspace's claims (BM25: claims are the documents), built once and then
// patched in place as claims change: a claim's analysis depends only on its own text, kind and context
// and on the alias lexicon, so a change re-analyses only the claims it touches, and only the
// workspace-wide statistics (idf, average length, each claim's weight) are computed again, from typed
// arrays. Patching gives exactly the index a full build of the same claims in the same order gives.
// See docs/decisions/0032-claim-index-changes.md.
import { EVENT_CONCEPTS } from "./aliases";
import { claimPolarity, countKeys, countsSomething, dateMarks, negatedTerms, numbersOf } from "./stance";
import { buildAliasTable, termsOf, type AliasTable, type Term } from "./terms";

export type ClaimInput = {
  id: string;
  text: string;
  kind?: string;
  /** Extra words that name what the claim is about: tags, claimant and subject names. */
  context?: string[];
};

export type IndexedClaim = ClaimInput & {
  /** Each distinct term (its number in the index) and its count, in pairs, in the order of first use. */
  terms: number[];
  length: number;
  self: number;
  /** Multiplier from a raw BM25 sum to the ranking score. */
  scale: number;
  places: Set<string>;
  dates: Set<string>;
  polarity: 1 | -1;
  /** For a negative claim, the terms its negation covers. */
  negated: Set<string>;
  /** Figures of ten or more the claim gives ("900" in "about 900 troops"). */
  figures: number[];
  /** What the claim counts, for which event ("fighters killed"). */
  counts: string[];
  /** For a claim about who did something: the terms naming who (its capitalised opening words). */
  agent: string[];
  /** The claim gives a figure (a count, a share), not only a date. */
  counted: boolean;
  /** Event concepts the claim's own text names ("@kill", "@seize"). */
  events: string[];
  /** The same, with attacks and strikes: what a reported statement must be about. */
  acts: string[];
};

/** The claims holding one term, by slot (ascending), with the term's count and BM25 weight in each. */
export type Postings = { size: number; claims: Int32Array; tf: Uint16Array; weight: Float64Array };

export type ClaimIndex = {
  /** Claims by slot: a new claim takes the next slot, a removed one closes its gap. */
  claims: IndexedClaim[];
  postings: Map<string, Postings>;
  idf: Map<string, number>;
  avgLength: number;
  avgSelf: number;
  /** One zeroed slot per claim, reused by rankClaims. */
  scratch: Float64Array;
  aliases: AliasTable;
  /** The actor aliases `aliases` was built from. */
  actorAliases: Record<string, string[]>;
  slots: Map<string, number>;
  /** A number for every term ever analysed (claims hold numbers, not strings), and each term's idf by number. */
  termIds: Map<string, number>;
  termNames: string[];
  termIdf: Float64Array;
};

const K1 = 1.2;
const B = 0.75;
/** 1: score is the share of the claim's own weight; 0: plain BM25 (scaled by the average claim). */
export const NORM = 0.5;

export const figuresOf = (text: string) =>
  new Set(
    numbersOf(text)
      .map((n) => n.value)
      .filter((v) => v >= 10),
  );

/** The claim's opening run of capitalised terms ("The Sable Front launched ..." -> sable, front). */
function agentOf(text: string, terms: Term[]): string[] {
  const out: string[] = [];
  for (const t of terms) {
    if (!/^\p{Lu}/u.test(text.slice(t.start, t.end))) break;
    out.push(t.term);
  }
  return out;
}

// Most claims name no place, date or negated thing: one shared empty value each instead of 100,000.
const NONE = new Set<string>(); // never added to
const orNone = (s: Set<string>) => (s.size ? s : NONE);
const NO_ITEMS: never[] = [];
const orNoItems = <T>(a: T[]): T[] => (a.length ? a : NO_ITEMS);

function termNumber(index: ClaimIndex, term: string): number {
  let id = index.termIds.get(term);
  if (id === undefined) {
    id = index.termNames.length;
    index.termIds.set(term, id);
    index.termNames.push(term);
  }
  return id;
}

/** Whether the claim holds the term (claims keep a dozen or so terms: a scan is enough). */
export function claimHasTerm(index: ClaimIndex, claim: IndexedClaim, term: string): boolean {
  const id = index.termIds.get(term);
  if (id === undefined) return false;
  for (let j = 0; j < claim.terms.length; j += 2) if (claim.terms[j] === id) return true;
  return false;
}

/**
 * What is read from one claim's text, alone: its terms and marks, before any workspace-wide weight.
 * The index only numbers the terms (`table`, when given, is a new alias lexicon about to replace its own).
 */
export function analyseClaim(c: ClaimInput, index: ClaimIndex, table: AliasTable = index.aliases): IndexedClaim {
  const own = termsOf(c.text, table);
  const all = c.context?.length ? [...own, ...termsOf(c.context.join(". "), table)] : own;
  const tf = new Map<number, number>();
  for (const t of all) {
    const id = termNumber(index, t.term);
    tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  const terms: number[] = [];
  for (const [id, n] of tf) terms.push(id, n);
  return {
    id: c.id,
    text: c.text,
    kind: c.kind,
    context: c.context?.length ? c.context : undefined,
    terms,
    length: all.length,
    self: 0,
    scale: 1,
    places: orNone(new Set(own.filter((t) => t.place).map((t) => t.term))),
    dates: orNone(dateMarks(c.text)),
    polarity: claimPolarity(c.text),
    negated: orNone(negatedTerms(c.text, own, table.places)),
    counted: countsSomething(c.text),
    agent: c.kind === "responsibility_attribution" ? orNoItems(agentOf(c.text, own)) : NO_ITEMS,
    counts: orNoItems([...countKeys(c.text)]),
    figures: orNoItems([...figuresOf(c.text)]),
    events: orNoItems([...new Set(own.filter((t) => EVENT_CONCEPTS.has(t.term)).map((t) => t.term))]),
    acts: orNoItems([
      ...new Set(own.filter((t) => EVENT_CONCEPTS.has(t.term) || t.term === "@strike").map((t) => t.term)),
    ]),
  };
}

export function emptyClaimIndex(actorAliases: Record<string, string[]> = {}): ClaimIndex {
  return {
    claims: [],
    postings: new Map(),
    idf: new Map(),
    avgLength: 1,
    avgSelf: 1,
    scratch: new Float64Array(0),
    aliases: buildAliasTable(actorAliases),
    actorAliases,
    slots: new Map(),
    termIds: new Map(),
    termNames: [],
    termIdf: new Float64Array(0),
  };
}

/** Index claims once; `aliases` adds names (actor -> its aliases) to the lexicon. */
export function buildClaimIndex(claims: ClaimInput[], aliases: Record<string, string[]> = {}): ClaimIndex {
  const index = emptyClaimIndex(aliases);
  putClaims(
    index,
    claims.map((c) => analyseClaim(c, index)),
  );
  refreshStatistics(index);
  return index;
}

export type ClaimIndexChange = {
  /** Claims analysed with the index's alias table (or `aliases`'s, when given): new ones and changed ones. */
  put?: IndexedClaim[];
  /** Ids of claims no longer in the workspace (deleted, archived). */
  remove?: string[];
  /** A new alias lexicon; `put` must then hold every claim `claimsTouchedByAliases` names. */
  aliases?: { table: AliasTable; actorAliases: Record<string, string[]> };
};

/** Apply a change in one synchronous step, so that a reader never sees an index half patched. */
export function updateClaimIndex(index: ClaimIndex, change: ClaimIndexChange): void {
  if (change.aliases) {
    index.aliases = change.aliases.table;
    index.actorAliases = change.aliases.actorAliases;
  }
  if (change.remove?.length) removeClaims(index, change.remove);
  if (change.put?.length) putClaims(index, change.put);
  refreshStatistics(index);
}

/**
 * The claims whose analysis a new alias lexicon changes: those whose words hold a phrase the two
 * lexicons map differently (added, removed or moved to another concept). A claim's terms come from
 * looking up runs of its own words, so a claim holding no such phrase keeps exactly its terms.
 */
export function aliasChange(
  index: ClaimIndex,
  actorAliases: Record<string, string[]>,
): { table: AliasTable; touches: (claim: ClaimInput) => boolean } {
  const table = buildAliasTable(actorAliases);
  const before = index.aliases.phrases;
  const changed = new Set<string>();
  for (const [phrase, concept] of table.phrases) if (before.get(phrase) !== concept) changed.add(phrase);
  for (const phrase of before.keys()) if (!table.phrases.has(phrase)) changed.add(phrase);
  // A cheap test that never misses: every word of the phrase appears in the claim's lower-cased text
  // without apostrophes (what normalise leaves of a word is a piece of that). "u.s." stands for "US".
  const needles = [...changed].map((p) => p.split(" ").map((w) => (w === "u.s." ? "u" : w)));
  const touches = (c: ClaimInput) => {
    if (!needles.length) return false;
    const hay = [c.text, ...(c.context ?? [])].join(" ").toLowerCase().replace(/['’]/g, "");
    return needles.some((words) => words.every((w) => hay.includes(w)));
  };
  return { table, touches };
}

export function claimsTouchedByAliases(
  index: ClaimIndex,
  actorAliases: Record<string, string[]>,
): { table: AliasTable; touched: IndexedClaim[] } {
  const { table, touches } = aliasChange(index, actorAliases);
  return { table, touched: index.claims.filter(touches) };
}

const emptyPostings = (): Postings => ({
  size: 0,
  claims: new Int32Array(4),
  tf: new Uint16Array(4),
  weight: new Float64Array(4),
});

function grow(list: Postings) {
  if (list.size < list.claims.length) return;
  const size = list.claims.length * 2;
  const claims = new Int32Array(size);
  claims.set(list.claims);
  const tf = new Uint16Array(size);
  tf.set(list.tf);
  list.claims = claims;
  list.tf = tf;
  list.weight = new Float64Array(size);
}

/** Position of `slot` in the list, or where it would go (lists are sorted by slot). */
function positionOf(list: Postings, slot: number): number {
  let lo = 0;
  let hi = list.size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.claims[mid] < slot) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertPosting(index: ClaimIndex, term: string, slot: number, tf: number) {
  let list = index.postings.get(term);
  if (!list) index.postings.set(term, (list = emptyPostings()));
  grow(list);
  // A new claim takes the last slot: appending is the common case (and all of a first build).
  const at = list.size && list.claims[list.size - 1] < slot ? list.size : positionOf(list, slot);
  if (at < list.size && list.claims[at] === slot) {
    list.tf[at] = tf;
    return;
  }
  list.claims.copyWithin(at + 1, at, list.size);
  list.tf.copyWithin(at + 1, at, list.size);
  list.claims[at] = slot;
  list.tf[at] = tf;
  list.size++;
}

function deletePosting(index: ClaimIndex, term: string, slot: number) {
  const list = index.postings.get(term);
  if (!list) return;
  const at = positionOf(list, slot);
  if (at >= list.size || list.claims[at] !== slot) return;
  list.claims.copyWithin(at, at + 1, list.size);
  list.tf.copyWithin(at, at + 1, list.size);
  list.size--;
  // A term no claim holds any more is unknown again, as in a fresh build.
  if (!list.size) index.postings.delete(term);
}

/**
 * New claims take the next slots; a claim already indexed keeps its slot and gets its new analysis.
 * Statistics are left stale: for building an index nobody reads yet in slices, then refreshStatistics.
 */
export function putClaims(index: ClaimIndex, claims: IndexedClaim[]) {
  const name = index.termNames;
  for (const claim of claims) {
    const { terms } = claim;
    const slot = index.slots.get(claim.id);
    if (slot === undefined) {
      const at = index.claims.length;
      index.slots.set(claim.id, at);
      index.claims.push(claim);
      for (let j = 0; j < terms.length; j += 2) insertPosting(index, name[terms[j]], at, terms[j + 1]);
      continue;
    }
    const old = index.claims[slot].terms;
    const kept = new Set<number>();
    for (let j = 0; j < terms.length; j += 2) kept.add(terms[j]);
    for (let j = 0; j < old.length; j += 2) if (!kept.has(old[j])) deletePosting(index, name[old[j]], slot);
    for (let j = 0; j < terms.length; j += 2) insertPosting(index, name[terms[j]], slot, terms[j + 1]);
    index.claims[slot] = claim;
  }
}

function removeClaims(index: ClaimIndex, ids: string[]) {
  const gone = new Set<number>();
  for (const id of ids) {
    const slot = index.slots.get(id);
    if (slot === undefined) continue;
    gone.add(slot);
    const { terms } = index.claims[slot];
    for (let j = 0; j < terms.length; j += 2) deletePosting(index, index.termNames[terms[j]], slot);
  }
  if (!gone.size) return;
  // Close the gaps, keeping the claims' order: a slot moves down by the number of removed slots below it.
  const first = Math.min(...gone);
  const moved = new Int32Array(index.claims.length);
  const kept = index.claims.slice(0, first);
  for (let slot = 0; slot < first; slot++) moved[slot] = slot;
  for (let slot = first; slot < index.claims.length; slot++) {
    moved[slot] = kept.length;
    const c = index.claims[slot];
    if (gone.has(slot)) index.slots.delete(c.id);
    else {
      index.slots.set(c.id, kept.length);
      kept.push(c);
    }
  }
  index.claims = kept;
  for (const list of index.postings.values()) {
    const slots = list.claims;
    for (let k = list.size - 1; k >= 0 && slots[k] > first; k--) slots[k] = moved[slots[k]];
  }
}

/** The workspace-wide part of the index: idf, average length, each posting's weight, each claim's total. */
export function refreshStatistics(index: ClaimIndex) {
  const { claims } = index;
  const n = Math.max(1, claims.length);
  if (index.termIdf.length < index.termNames.length) index.termIdf = new Float64Array(index.termNames.length * 2);
  const idfById = index.termIdf;
  index.idf = new Map();
  for (const [term, list] of index.postings) {
    const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
    index.idf.set(term, idf);
    idfById[index.termIds.get(term)!] = idf;
  }
  let total = 0;
  for (const c of claims) total += c.length;
  const avgLength = (index.avgLength = total / n || 1);
  // BM25's length norm of each claim: a term's weight is idf * tf * (K1 + 1) / (tf + norm).
  const norms = new Float64Array(claims.length);
  let selves = 0;
  for (let slot = 0; slot < claims.length; slot++) {
    const c = claims[slot];
    const { terms } = c;
    const norm = (norms[slot] = K1 * (1 - B + (B * c.length) / avgLength));
    let self = 0;
    for (let j = 0; j < terms.length; j += 2)
      self += (idfById[terms[j]] * terms[j + 1] * (K1 + 1)) / (terms[j + 1] + norm);
    selves += c.self = self || 1;
  }
  for (const [term, list] of index.postings) {
    const idf = idfById[index.termIds.get(term)!];
    const { claims: slots, tf, weight } = list;
    for (let k = 0; k < list.size; k++) weight[k] = (idf * tf[k] * (K1 + 1)) / (tf[k] + norms[slots[k]]);
  }
  index.avgSelf = selves / n || 1;
  const shared = index.avgSelf ** (1 - NORM);
  for (const c of claims) c.scale = 1 / (c.self ** NORM * shared);
  if (index.scratch.length !== claims.length) index.scratch = new Float64Array(claims.length);
}
