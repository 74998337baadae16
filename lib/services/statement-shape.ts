// How a statement is read back: its actors and its hedges as a list. Pure shaping, shared by the
// statement, suggestion, source, dispute and export services.
import { stringsIn } from "@/lib/json-lists";

export const statementInclude = {
  speaker: { select: { id: true, name: true, kind: true } },
  via: { select: { id: true, name: true, kind: true } },
} as const;

/** Hedges are a Json column holding a list of phrases. */
export const parseHedges = stringsIn;

/** A statement row as clients get it: hedges as a list of strings, not the untyped Json value. */
export function withHedgeList<T extends { hedges: unknown }>(statement: T): Omit<T, "hedges"> & { hedges: string[] } {
  return { ...statement, hedges: parseHedges(statement.hedges) };
}
