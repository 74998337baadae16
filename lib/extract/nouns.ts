// Folding counted nouns to one key so that "three militiamen" and "four fighters" are compared.
// Only generic groups: people in arms, troops, civilians, people, drones.

const SYNONYM_GROUPS: string[][] = [
  [
    "fighter",
    "militiaman",
    "militant",
    "combatant",
    "gunman",
    "insurgent",
    "martyr",
    "jihadist",
    "guerrilla",
    "paramilitary",
  ],
  ["troop", "soldier", "serviceman", "servicewoman", "service member", "servicemember", "service personnel"],
  ["civilian", "noncombatant", "non-combatant", "bystander"],
  ["person", "people", "individual"],
  ["drone", "uav", "unmanned aerial vehicle"],
  ["child", "kid", "minor"],
];
const CANONICAL = new Map<string, string>();
for (const g of SYNONYM_GROUPS) for (const w of g) CANONICAL.set(w, g[0]);

const IRREGULAR: Record<string, string> = {
  people: "people",
  children: "child",
  women: "woman",
  men: "man",
  personnel: "personnel",
  police: "police",
  staff: "staff",
  feet: "foot",
  mice: "mouse",
};

/** Plural to singular for regular English nouns ("militias" -> "militia", "casualties" -> "casualty"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (/men$/.test(w)) return w.replace(/men$/, "man");
  if (/[^aeiou]ies$/.test(w)) return w.replace(/ies$/, "y");
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.replace(/es$/, "");
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/s$/.test(w) && w.length > 3) return w.replace(/s$/, "");
  return w;
}

/** Normalised key for the counted noun; `words` are the last words of the noun phrase. */
export function normaliseNoun(words: string[]): string {
  const lower = words.map((w) => w.toLowerCase().replace(/[’']s$/, ""));
  if (lower.length >= 2) {
    const pair = `${lower[lower.length - 2]} ${singular(lower[lower.length - 1])}`;
    if (CANONICAL.has(pair)) return CANONICAL.get(pair)!;
    const pluralPair = `${lower[lower.length - 2]} ${lower[lower.length - 1]}`;
    if (CANONICAL.has(pluralPair)) return CANONICAL.get(pluralPair)!;
  }
  const s = singular(lower[lower.length - 1]);
  return CANONICAL.get(s) ?? s;
}
