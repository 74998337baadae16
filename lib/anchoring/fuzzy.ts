/**
 * Approximate search of a quote in a large text without O(n·m) work over the whole text.
 *
 * 1. Seed: cut the quote into up to 32 evenly spaced, non-overlapping chunks (4-12 code units) and
 *    find every exact hit of each chunk (`seeds.ts`). A chunk found more than `maxHitsPerChunk`
 *    times carries no signal and is dropped. Each hit votes for a diagonal
 *    (text position - chunk offset = where the quote would start).
 * 2. Cluster votes whose diagonals lie within the allowed edit distance; a cluster's weight is the
 *    number of distinct chunks that voted for it. Clusters with fewer than MIN_SEED_FRACTION of the
 *    chunks are not searched.
 * 3. In the windows of the clusters, best-voted first, compute the semi-global edit distance (the
 *    quote must match fully, the window is free at both ends) with Myers' bit-parallel algorithm
 *    (`bitparallel.ts`) and keep every local minimum of the last row within the distance bound, so
 *    two look-alike passages in one window are both reported. Each match's start is recovered with
 *    the reversed quote. A cell budget bounds the total work.
 */
import { BitPattern, lastRow } from "./bitparallel";
import { findChunkHits } from "./seeds";
import { isCodePointBoundary } from "./text";

export type FuzzyCandidate = {
  start: number;
  end: number;
  /** Edit distance between the quote and text.slice(start, end). */
  distance: number;
  /** 1 - distance / max(quote.length, end - start). */
  quoteSimilarity: number;
};

export type FuzzySearchOptions = {
  minQuoteSimilarity: number;
  maxHitsPerChunk: number;
  maxDpCells: number;
  /**
   * The old prefix/suffix, used only to break ties between equally distant boundaries
   * ("storm" -> "gale." : end before or after the period?): the span ends where the old suffix begins.
   */
  boundaryHints?: { prefix: string; suffix: string };
};

export type FuzzySearchResult = {
  /** Non-overlapping candidates, most similar first. */
  candidates: FuzzyCandidate[];
  /** Number of seeded windows and how many were searched before the cell budget ran out. */
  windows: number;
  windowsSearched: number;
  cells: number;
  /** True when some seeded windows were left unsearched because of the cell budget. */
  truncated: boolean;
};

/** Plain Levenshtein distance (two rows). For short strings: tests, re-scoring. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** 1 - levenshtein / max length, in [0, 1]. */
export function stringSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/**
 * Largest edit distance a candidate can have and still reach `minSimilarity`
 * (a candidate may be longer than the quote: similarity is over the longer of the two).
 */
export function maxDistanceFor(quoteLength: number, minSimilarity: number): number {
  if (minSimilarity <= 0) return quoteLength;
  return Math.floor((quoteLength * (1 - minSimilarity)) / minSimilarity);
}

function popcount(x: number): number {
  let v = x >>> 0;
  let n = 0;
  while (v) {
    v &= v - 1;
    n++;
  }
  return n;
}

/** Greedy non-maximum suppression: keeps the most similar, drops anything overlapping a kept one. */
export function suppressOverlaps(candidates: FuzzyCandidate[]): FuzzyCandidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.quoteSimilarity - a.quoteSimilarity || a.distance - b.distance || a.start - b.start || a.end - b.end,
  );
  const kept: FuzzyCandidate[] = [];
  for (const c of sorted) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept;
}

type Cluster = { first: number; last: number; mask: number; votes: number };

/** Chunk length and count used to seed a quote of length m. */
export function chunkPlan(m: number): { length: number; count: number } {
  const length = Math.min(m, Math.max(4, Math.min(12, Math.floor(m / 8))));
  return { length, count: Math.max(1, Math.min(MAX_CHUNKS, Math.floor(m / length))) };
}

/** At most this many seed chunks (each is one indexOf scan of the text). */
export const MAX_CHUNKS = 32;

/**
 * A window is searched only if at least this fraction of the (informative) seed chunks occur in
 * it verbatim, at consistent offsets. Lossy by design: a passage whose edits hit more than 3/4 of
 * the chunks is not found (see the ADR).
 */
export const MIN_SEED_FRACTION = 0.25;

function seedClusters(
  quote: string,
  text: string,
  maxDist: number,
  maxHitsPerChunk: number,
): { clusters: Cluster[]; informative: number } {
  const m = quote.length;
  const { length: k, count } = chunkPlan(m);
  const offsets: number[] = [];
  const chunks: string[] = [];
  for (let c = 0; c < count; c++) {
    const offset = count === 1 ? 0 : Math.floor((c * (m - k)) / (count - 1));
    offsets.push(offset);
    chunks.push(quote.slice(offset, offset + k));
  }
  const hitsByChunk = findChunkHits(text, chunks, maxHitsPerChunk);
  const keys: number[] = [];
  let informative = 0;
  for (let c = 0; c < count; c++) {
    const offset = offsets[c];
    const hits = hitsByChunk.get(chunks[c]);
    if (!hits) continue;
    informative++;
    // key = (diagonal + m) * 32 + chunk index; diagonal + m >= 0 because offset <= m.
    for (const p of hits) keys.push((p - offset + m) * 32 + c);
  }
  const sorted = Float64Array.from(keys).sort();
  const band = Math.max(maxDist, 4);
  const clusters: Cluster[] = [];
  let cur: Cluster | null = null;
  for (const key of sorted) {
    const diag = Math.floor(key / 32) - m;
    const bit = 1 << (key % 32);
    if (cur && diag - cur.first <= band) {
      cur.last = diag;
      cur.mask |= bit;
    } else {
      cur = { first: diag, last: diag, mask: bit, votes: 0 };
      clusters.push(cur);
    }
  }
  for (const c of clusters) c.votes = popcount(c.mask);
  return { clusters, informative };
}

function reversedSlice(text: string, from: number, to: number): string {
  let s = "";
  for (let i = to - 1; i >= from; i--) s += text[i];
  return s;
}

type RefineContext = {
  text: string;
  m: number;
  maxDist: number;
  forward: BitPattern;
  backward: BitPattern;
  prefix: string;
  suffix: string;
};

/** How many characters of `suffix` the text reproduces from `pos` on. */
function agreeAfter(text: string, pos: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && pos + n < text.length && text.charCodeAt(pos + n) === suffix.charCodeAt(n)) n++;
  return n;
}

/** How many characters at the end of `prefix` the text reproduces just before `pos`. */
function agreeBefore(text: string, pos: number, prefix: string): number {
  let n = 0;
  while (
    n < prefix.length &&
    pos - n - 1 >= 0 &&
    text.charCodeAt(pos - n - 1) === prefix.charCodeAt(prefix.length - n - 1)
  ) {
    n++;
  }
  return n;
}

/**
 * Best boundary from an anchored distance row: minimum distance, then most agreement with the old
 * context, then length closest to the quote's. Positions inside a surrogate pair are skipped.
 */
function pickBoundary(
  row: Int32Array,
  m: number,
  positionOf: (len: number) => number,
  agreement: (pos: number) => number,
  isBoundary: (pos: number) => boolean,
): { len: number; distance: number } | null {
  let best: { len: number; distance: number; agree: number } | null = null;
  for (let len = 1; len < row.length; len++) {
    const d = row[len];
    if (best && d > best.distance) continue;
    const pos = positionOf(len);
    if (!isBoundary(pos)) continue;
    const agree = agreement(pos);
    if (
      !best ||
      d < best.distance ||
      agree > best.agree ||
      (agree === best.agree && Math.abs(len - m) < Math.abs(best.len - m))
    ) {
      best = { len, distance: d, agree };
    }
  }
  return best;
}

/** Start for a fixed end: reversed quote against the text read backwards from `end`. */
function startFor(c: RefineContext, end: number, lo: number) {
  const from = Math.max(lo, end - c.m - c.maxDist);
  const row = new Int32Array(end - from + 1);
  lastRow(c.backward, reversedSlice(c.text, from, end), 0, end - from, true, row);
  return pickBoundary(
    row,
    c.m,
    (len) => end - len,
    (pos) => agreeBefore(c.text, pos, c.prefix),
    (pos) => isCodePointBoundary(c.text, pos),
  );
}

/** End for a fixed start: the quote anchored at `start`, read forwards. */
function endFor(c: RefineContext, start: number, hi: number) {
  const to = Math.min(hi, start + c.m + c.maxDist);
  const row = new Int32Array(to - start + 1);
  lastRow(c.forward, c.text, start, to, true, row);
  return pickBoundary(
    row,
    c.m,
    (len) => start + len,
    (pos) => agreeAfter(c.text, pos, c.suffix),
    (pos) => isCodePointBoundary(c.text, pos),
  );
}

/** From a local-minimum end, recover the start, then settle the end (and start) on the best boundaries. */
function refine(c: RefineContext, end: number, lo: number, hi: number): FuzzyCandidate | null {
  const s1 = startFor(c, end, lo);
  if (!s1) return null;
  const start1 = end - s1.len;
  const e2 = endFor(c, start1, hi);
  if (!e2) return null;
  let start = start1;
  const finalEnd = start1 + e2.len;
  let distance = e2.distance;
  if (finalEnd !== end) {
    const s3 = startFor(c, finalEnd, lo);
    if (s3 && s3.distance <= distance) {
      start = finalEnd - s3.len;
      distance = s3.distance;
    }
  }
  if (distance > c.maxDist || finalEnd <= start) return null;
  return { start, end: finalEnd, distance, quoteSimilarity: 1 - distance / Math.max(c.m, finalEnd - start) };
}

/** Finds passages of `text` similar to `quote` (see the module comment). */
export function findFuzzyCandidates(quote: string, text: string, options: FuzzySearchOptions): FuzzySearchResult {
  const m = quote.length;
  const result: FuzzySearchResult = { candidates: [], windows: 0, windowsSearched: 0, cells: 0, truncated: false };
  if (m === 0 || text.length === 0) return result;
  const maxDist = maxDistanceFor(m, options.minQuoteSimilarity);
  const { clusters, informative } = seedClusters(quote, text, maxDist, options.maxHitsPerChunk);
  const minVotes = Math.max(1, Math.ceil(informative * MIN_SEED_FRACTION));

  // Windows around well-voted clusters, merged when they overlap, best-voted first.
  const windows: Array<{ from: number; to: number; votes: number }> = [];
  for (const c of clusters) {
    if (c.votes < minVotes) continue;
    windows.push({
      from: Math.max(0, c.first - maxDist),
      to: Math.min(text.length, c.last + m + maxDist),
      votes: c.votes,
    });
  }
  windows.sort((a, b) => a.from - b.from);
  const merged: typeof windows = [];
  for (const w of windows) {
    const prev = merged[merged.length - 1];
    if (prev && w.from <= prev.to) {
      prev.to = Math.max(prev.to, w.to);
      prev.votes = Math.max(prev.votes, w.votes);
    } else merged.push({ ...w });
  }
  merged.sort((a, b) => b.votes - a.votes || a.from - b.from);
  result.windows = merged.length;

  const ctx: RefineContext = {
    text,
    m,
    maxDist,
    forward: new BitPattern(quote),
    backward: new BitPattern(reversedSlice(quote, 0, m)),
    prefix: options.boundaryHints?.prefix ?? "",
    suffix: options.boundaryHints?.suffix ?? "",
  };
  // Two genuinely distinct (non-overlapping) matches end at least m - maxDist apart.
  const endSeparation = Math.max(1, Math.floor((m - maxDist) / 2));
  const raw: FuzzyCandidate[] = [];
  for (const w of merged) {
    const cost = m * (w.to - w.from);
    // The best-voted window is always searched; the rest only within the budget.
    if (result.windowsSearched > 0 && result.cells + cost > options.maxDpCells) {
      result.truncated = true;
      break;
    }
    result.cells += cost;
    result.windowsSearched++;

    const row = new Int32Array(w.to - w.from + 1);
    lastRow(ctx.forward, text, w.from, w.to, false, row);
    const ends: Array<{ end: number; distance: number }> = [];
    for (let j = 1; j < row.length; j++) {
      const d = row[j];
      if (d > maxDist || row[j - 1] < d || (j + 1 < row.length && row[j + 1] < d)) continue;
      ends.push({ end: w.from + j, distance: d });
    }
    ends.sort((a, b) => a.distance - b.distance || a.end - b.end);
    const keptEnds: number[] = [];
    for (const e of ends) {
      if (keptEnds.some((k) => Math.abs(k - e.end) < endSeparation)) continue;
      keptEnds.push(e.end);
      const candidate = refine(ctx, e.end, w.from, w.to);
      if (candidate) raw.push(candidate);
    }
  }
  result.candidates = suppressOverlaps(raw);
  return result;
}
