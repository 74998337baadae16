// The claim index the matcher and the similar-claims check share: BM25 weights over the desk's claims
// (claims are the documents) with aliases folded to concepts, and the ranking of claims for a text.
import { claimPolarity, dateMarks } from "./stance";
import { buildAliasTable, termsOf, type AliasTable, type Term } from "./terms";

export type ClaimInput = {
  id: string;
  text: string;
  kind?: string;
  /** Extra words that name what the claim is about: tags, claimant and subject names. */
  context?: string[];
};
export type IndexedClaim = ClaimInput & {
  terms: Term[];
  tf: Map<string, number>;
  length: number;
  self: number;
  /** Multiplier from a raw BM25 sum to the ranking score. */
  scale: number;
  places: Set<string>;
  dates: Set<string>;
  polarity: 1 | -1;
};
export type ClaimIndex = {
  claims: IndexedClaim[];
  postings: Map<string, Array<{ claim: number; tf: number; weight: number }>>;
  idf: Map<string, number>;
  avgLength: number;
  avgSelf: number;
  /** One zeroed slot per claim, reused by rankClaims. */
  scratch: Float64Array;
  aliases: AliasTable;
};

const K1 = 1.2;
const B = 0.75;
const COMMON_TERM_DF = 1000;
/** 1: score is the share of the claim's own weight; 0: plain BM25 (scaled by the average claim). */
const NORM = 0.5;
/** Index the workspace's claims once; `aliases` adds names (actor -> its aliases) to the lexicon. */
export function buildClaimIndex(claims: ClaimInput[], aliases: Record<string, string[]> = {}): ClaimIndex {
  const table = buildAliasTable(aliases);
  const postings = new Map<string, Array<{ claim: number; tf: number; weight: number }>>();
  const indexed = claims.map((c, i) => {
    const own = termsOf(c.text, table);
    const terms = c.context?.length ? [...own, ...termsOf(c.context.join(". "), table)] : own;
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t.term, (tf.get(t.term) ?? 0) + 1);
    for (const [term, n] of tf) {
      const list = postings.get(term) ?? [];
      list.push({ claim: i, tf: n, weight: 0 });
      postings.set(term, list);
    }
    const places = new Set(
      termsOf(c.text, table)
        .filter((t) => t.place)
        .map((t) => t.term),
    );
    return {
      ...c,
      terms,
      tf,
      length: terms.length,
      self: 0,
      scale: 1,
      places,
      dates: dateMarks(c.text),
      polarity: claimPolarity(c.text),
    };
  });
  const n = Math.max(1, claims.length);
  const idf = new Map<string, number>();
  for (const [term, list] of postings) idf.set(term, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
  const avgLength = indexed.reduce((s, c) => s + c.length, 0) / n || 1;
  const index: ClaimIndex = {
    claims: indexed,
    postings,
    idf,
    avgLength,
    avgSelf: 1,
    scratch: new Float64Array(indexed.length),
    aliases: table,
  };
  for (const c of indexed) {
    let self = 0;
    for (const [term, f] of c.tf) self += termWeight(index, term, f, c.length);
    c.self = self || 1;
  }
  for (const [term, list] of postings)
    for (const p of list) p.weight = termWeight(index, term, p.tf, indexed[p.claim].length);
  index.avgSelf = indexed.reduce((s, c) => s + c.self, 0) / n || 1;
  for (const c of indexed) c.scale = 1 / (c.self ** NORM * index.avgSelf ** (1 - NORM));
  return index;
}

function termWeight(index: ClaimIndex, term: string, tf: number, length: number): number {
  const idf = index.idf.get(term) ?? 0;
  return (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / index.avgLength));
}

/** Claims ranked for a piece of text by the share of each claim's weight the text contains. */
export function rankClaims(
  index: ClaimIndex,
  terms: Term[],
  limit = index.claims.length,
): Array<{ claim: IndexedClaim; score: number; coverage: number; shared: Term[] }> {
  // Plain arrays and a bounded insertion list: this runs once per passage over up to all claims.
  const sums = index.scratch;
  const touched: number[] = [];
  for (const term of new Set(terms.map((t) => t.term))) {
    const postings = index.postings.get(term);
    // A word in a third of a large bank ranks nothing and costs the most: skip it.
    if (!postings || (postings.length > COMMON_TERM_DF && postings.length * 3 > index.claims.length)) continue;
    for (const p of postings) {
      if (sums[p.claim] === 0) touched.push(p.claim);
      sums[p.claim] += p.weight;
    }
  }
  const top: Array<{ i: number; score: number; sum: number }> = [];
  for (const i of touched) {
    const sum = sums[i];
    sums[i] = 0;
    const score = sum * index.claims[i].scale;
    if (top.length >= limit && score <= top[top.length - 1].score) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1].score < score || (top[at - 1].score === score && top[at - 1].i > i))) at--;
    top.splice(at, 0, { i, score, sum });
    if (top.length > limit) top.pop();
  }
  return top.map(({ i, score, sum }) => {
    const claim = index.claims[i];
    return { claim, score, coverage: sum / claim.self, shared: terms.filter((t) => claim.tf.has(t.term)) };
  });
}
