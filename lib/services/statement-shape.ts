// How a statement is read back: its actors and its hedges as a list. Pure shaping, shared by the
// statement, suggestion, source, dispute and export services.

export const statementInclude = {
  speaker: { select: { id: true, name: true, kind: true } },
  via: { select: { id: true, name: true, kind: true } },
} as const;

/** Stored as a JSON array string (one model for SQLite and PostgreSQL); read back defensively. */
export function parseHedges(raw: string): string[] {
  try {
    const value = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((h): h is string => typeof h === "string") : [];
  } catch {
    return [];
  }
}

/** A statement row as clients get it: hedges as a list, not the stored JSON string. */
export function withHedgeList<T extends { hedges: string }>(statement: T): Omit<T, "hedges"> & { hedges: string[] } {
  return { ...statement, hedges: parseHedges(statement.hedges) };
}
