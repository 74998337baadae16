// Deterministic FICTIONAL newsroom data at realistic ratios, for benchmarks only.
// Every name and place is invented; the text is generated from small word lists.
import { rng } from "../../lib/testing/random.ts";

export const RATIOS = {
  sourcesPerClaim: 0.2,
  actorsPerClaim: 0.05,
  statementsPerClaim: 2,
  evidencePerClaim: 10,
  reviewsPerClaim: 1.5,
  publishedShare: 0.1,
};

const PLACES = [
  "Velmora",
  "Brask",
  "Port Aldan",
  "Ostrava Flats",
  "Kessel Ridge",
  "Marrow Bay",
  "Tallin Ford",
  "Orlen",
  "Saskia Vale",
  "Dunmere",
];
const GROUPS = [
  "Kessel Brigade",
  "Harbor Guard",
  "Northern Front",
  "Ridge Militia",
  "Coastal Watch",
  "Free Orlen Movement",
];
const GOVS = ["Varnia", "Ostrava", "Meridia", "Calder", "Tesmar"];
const FIRST = ["Ivo", "Mara", "Elin", "Tomas", "Nadia", "Pia", "Rafe", "Ada", "Lena", "Oskar", "Sela", "Bram"];
const LAST = [
  "Draskan",
  "Quill",
  "Sorvik",
  "Reyl",
  "Ferro",
  "Lund",
  "Varga",
  "Holm",
  "Castell",
  "Ondra",
  "Pike",
  "Mirel",
];
const VERBS = ["directs", "funds", "arms", "trains", "shelters", "denies links to", "supplies", "commands"];
const NOUNS = [
  "rocket attacks",
  "drone strikes",
  "border raids",
  "ferry seizures",
  "checkpoint closures",
  "harbour blockades",
];
const WORDS =
  "the council officials said on monday that repairs to the bridge would take weeks while residents reported shortages of fuel and water according to local sources who spoke on condition of anonymity because they were not authorised to speak publicly about the talks which reportedly stalled".split(
    " ",
  );

export { rng };

export type Random = ReturnType<typeof rng>;
export const pick = <T>(r: Random, list: readonly T[]) => list[Math.floor(r() * list.length)];

export function personName(r: Random) {
  return `${pick(r, FIRST)} ${pick(r, LAST)}`;
}

export function actorFor(r: Random, i: number) {
  const kinds = ["person", "organization", "government", "armed_group", "outlet", "anonymous"] as const;
  const kind = kinds[i % kinds.length];
  const name =
    kind === "person"
      ? `${personName(r)} ${i}`
      : kind === "government"
        ? `Government of ${pick(r, GOVS)} ${i}`
        : kind === "armed_group"
          ? `${pick(r, GROUPS)} ${i}`
          : kind === "outlet"
            ? `The ${pick(r, PLACES)} Courier ${i}`
            : kind === "anonymous"
              ? `A senior official ${i}`
              : `${pick(r, PLACES)} Institute ${i}`;
  return { name, kind };
}

export function claimText(r: Random, i: number) {
  return `${pick(r, GOVS)} ${pick(r, VERBS)} the ${pick(r, GROUPS)}'s ${pick(r, NOUNS)} near ${pick(r, PLACES)} (case ${i})`;
}

/** A ~3 KB article of generated sentences with a few quotations. */
export function articleText(r: Random, i: number) {
  const paragraphs: string[] = [`[FICTIONAL BENCHMARK ARTICLE ${i}]`];
  for (let p = 0; p < 8; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 3; s++) {
      const words = Array.from({ length: 12 + Math.floor(r() * 10) }, () => pick(r, WORDS));
      words[0] = words[0][0].toUpperCase() + words[0].slice(1);
      sentences.push(words.join(" ") + ".");
    }
    if (p % 3 === 1)
      sentences.push(`"${pick(r, GOVS)} has no links to the ${pick(r, GROUPS)}," said ${personName(r)}.`);
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}
