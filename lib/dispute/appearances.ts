/** A claim's appearance dated by its source: publication date, else when the desk imported it. */
export type DatedAppearance = { source: { publishedAt: Date | null; createdAt: Date } };

export function appearanceDate(a: DatedAppearance): { date: Date; estimated: boolean } {
  return a.source.publishedAt
    ? { date: a.source.publishedAt, estimated: false }
    : { date: a.source.createdAt, estimated: true };
}

/** Appearances oldest first; the first is the claim's first appearance (schema.org `firstAppearance`). */
export function byFirstAppearance<T extends DatedAppearance>(appearances: T[]): T[] {
  return [...appearances].sort((a, b) => appearanceDate(a).date.getTime() - appearanceDate(b).date.getTime());
}
