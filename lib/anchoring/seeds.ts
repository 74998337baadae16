/**
 * Exact hits of a few equal-length chunks in a large text.
 * Few chunks: one native `indexOf` scan each. Many chunks: a single pass with a rolling hash,
 * which costs about as much as a few `indexOf` scans whatever the number of chunks.
 */

/** Above this many distinct chunks, one rolling-hash pass beats repeated indexOf scans. */
const INDEXOF_MAX_CHUNKS = 10;
const BASE = 0x01000193; // FNV prime, odd

/**
 * For each distinct chunk, its start positions in `text` (ascending), or null when it occurs more
 * than `maxHits` times (too common to say anything about where the quote is).
 * All chunks must have the same length.
 */
export function findChunkHits(text: string, chunks: string[], maxHits: number): Map<string, number[] | null> {
  const distinct = [...new Set(chunks)];
  const result = new Map<string, number[] | null>();
  if (distinct.length === 0) return result;
  const k = distinct[0].length;
  if (distinct.some((c) => c.length !== k) || k === 0)
    throw new Error("findChunkHits: chunks must share one non-zero length");

  if (distinct.length <= INDEXOF_MAX_CHUNKS) {
    for (const chunk of distinct) {
      let hits: number[] | null = [];
      for (let i = text.indexOf(chunk); i !== -1; i = text.indexOf(chunk, i + 1)) {
        if (hits.length >= maxHits) {
          hits = null;
          break;
        }
        hits.push(i);
      }
      result.set(chunk, hits);
    }
    return result;
  }

  return rollingHits(text, distinct, k, maxHits);
}

/** Polynomial rolling hash modulo 2^32: h(s) = sum s[i] * BASE^(k-1-i). */
function hashOf(s: string, from: number, k: number): number {
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + s.charCodeAt(from + i)) | 0;
  return h;
}

/** Bits of the hash used by the first-level filter (a 64 Ki-entry byte table). */
const FILTER_BITS = 16;

function rollingHits(text: string, distinct: string[], k: number, maxHits: number): Map<string, number[] | null> {
  const hashes = distinct.map((c) => hashOf(c, 0, k));
  const filterMask = (1 << FILTER_BITS) - 1;
  const filter = new Uint8Array(1 << FILTER_BITS);
  for (const h of hashes) filter[h & filterMask] = 1;
  let top = 1; // BASE^(k-1)
  for (let i = 1; i < k; i++) top = Math.imul(top, BASE);

  const hits: Array<number[] | null> = distinct.map(() => []);
  const n = text.length;
  if (n >= k) {
    let h = hashOf(text, 0, k);
    const last = n - k;
    for (let pos = 0; ; pos++) {
      // Hot loop: one table read per position; the rare filter hits are checked exactly.
      if (filter[h & filterMask] !== 0) {
        for (let idx = 0; idx < hashes.length; idx++) {
          const list = hits[idx];
          if (hashes[idx] !== h || !list || !text.startsWith(distinct[idx], pos)) continue;
          if (list.length >= maxHits) hits[idx] = null;
          else list.push(pos);
        }
      }
      if (pos === last) break;
      h = (Math.imul(h - Math.imul(text.charCodeAt(pos), top), BASE) + text.charCodeAt(pos + k)) | 0;
    }
  }
  const result = new Map<string, number[] | null>();
  distinct.forEach((chunk, idx) => result.set(chunk, hits[idx]));
  return result;
}
