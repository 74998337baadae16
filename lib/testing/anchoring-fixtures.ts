// Shared fictional texts for the anchoring tests (people and places are invented).
import { rng } from "@/lib/testing/random";

export const ARTICLE =
  "Harbourmaster Ilse Brandt of Velmora told the Quillan Gazette on Tuesday that the northern ferry " +
  "would resume service within a week. " +
  "Councillor Tomas Okonkwo disputed the timeline, saying the pier at Ostrava Point was still flooded. " +
  "According to the Velmora port authority, at least four vessels were damaged in the storm. " +
  "The authority added that repairs could not be independently confirmed by inspectors from Tessaly.";

export const QUOTE = "at least four vessels were damaged in the storm";

export const QUOTE_SENTENCE =
  "According to the Velmora port authority, at least four vessels were damaged in the storm. ";

export { rng };

const FILLER_WORDS = (
  "the a of to and in said that harbour council minister Dunmere Karsk ferry bridge convoy spokesman " +
  "officials statement reported according on Monday denied claimed drones fighters sources told reporters " +
  "province river governor agency suspected estimates troops deployed"
).split(" ");

/** Filler prose of about `length` code units, made of fictional words, deterministic per seed. */
export function filler(length: number, seed: number): string {
  const rand = rng(seed);
  let out = "";
  while (out.length < length) {
    const n = 6 + Math.floor(rand() * 14);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(FILLER_WORDS[Math.floor(rand() * FILLER_WORDS.length)]);
    const s = words.join(" ");
    out += s[0].toUpperCase() + s.slice(1) + ". ";
  }
  return out.slice(0, length);
}

/** True if the string contains a lone (unpaired) surrogate. */
export function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}
