/**
 * Myers' bit-parallel edit distance (Myers 1999, block-based variant), 32 pattern rows per
 * machine word. Computes the last row of the edit-distance matrix of a pattern against a stretch
 * of text: out[j] = distance of the whole pattern against a substring ending at text position j.
 */

export class BitPattern {
  readonly length: number;
  readonly blocks: number;
  /** Bit of the pattern's last row within the last block. */
  readonly lastHigh: number;
  private readonly peq = new Map<number, Int32Array>();
  private readonly ascii: Int32Array[] = [];
  private readonly none: Int32Array;

  constructor(pattern: string) {
    this.length = pattern.length;
    this.blocks = Math.max(1, Math.ceil(pattern.length / 32));
    this.lastHigh = 1 << ((pattern.length - 1) % 32);
    this.none = new Int32Array(this.blocks);
    for (let i = 0; i < 256; i++) this.ascii.push(this.none);
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let eq = this.peq.get(code);
      if (!eq) {
        eq = new Int32Array(this.blocks);
        this.peq.set(code, eq);
        if (code < 256) this.ascii[code] = eq;
      }
      eq[i >>> 5] |= 1 << (i & 31);
    }
  }

  eq(code: number): Int32Array {
    return code < 256 ? this.ascii[code] : (this.peq.get(code) ?? this.none);
  }
}

/**
 * Fills out[0..to-from] with the last row for text[from, to).
 * anchored=false: the match may start anywhere (row 0 is all zeros, semi-global search).
 * anchored=true: the match must start at `from` (row 0 is 0, 1, 2, ...: plain edit distance of the
 * pattern against each prefix of the stretch).
 */
export function lastRow(
  bp: BitPattern,
  text: string,
  from: number,
  to: number,
  anchored: boolean,
  out: Int32Array,
): void {
  const blocks = bp.blocks;
  const last = blocks - 1;
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  let score = bp.length;
  out[0] = score;
  const firstHin = anchored ? 1 : 0;
  for (let j = from; j < to; j++) {
    const eqv = bp.eq(text.charCodeAt(j));
    let hin = firstHin;
    for (let b = 0; b < blocks; b++) {
      const pv = P[b];
      const mv = M[b];
      let eq = eqv[b];
      const xv = eq | mv;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = b === last ? bp.lastHigh : -2147483648;
      const hout = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    out[j - from + 1] = score;
  }
}
