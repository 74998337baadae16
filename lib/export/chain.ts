// An attribution chain in words: who said it, through whom, as reported by whom.

export type ChainLink = {
  id: string;
  speaker: { name: string };
  via: { name: string } | null;
  viaText: string | null;
  reportedById: string | null;
};

/** "Ilse Marrow via harbour office ← reported by Velmora Post", following reportedBy links (no loops). */
export function chainText(start: ChainLink | null, byId: Map<string, ChainLink>): string | null {
  if (!start) return null;
  const parts: string[] = [];
  const seen = new Set<string>();
  for (let link: ChainLink | undefined = start; link && !seen.has(link.id);) {
    seen.add(link.id);
    const via = link.via?.name ?? link.viaText;
    parts.push(via ? `${link.speaker.name} via ${via}` : link.speaker.name);
    link = link.reportedById ? byId.get(link.reportedById) : undefined;
  }
  return parts.join(" ← reported by ");
}
