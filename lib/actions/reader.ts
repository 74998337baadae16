"use server";
// Data the reader (/sources/[id]) fetches after its first paint: highlight details and more suggestions.
import { DomainError } from "@/lib/errors";
import { readerHighlightDetails } from "@/lib/services/reader";
import { suggestionPage } from "@/lib/services/suggestions";
import { isCleanText } from "@/lib/validation/common";
import { dataAction } from "./action-client";

/** A malformed call (not a string id, an unknown source) gets null: the reader says it could not load. */
async function orNothing<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** Anything but a plain id (a NUL byte, which PostgreSQL refuses in any query) names no source. */
const sourceIdOf = (value: unknown) => (typeof value === "string" && isCleanText(value) ? value.slice(0, 64) : "");

/** The tooltip details of the highlights a person points at or focuses (ADR 0029). */
export const highlightDetails = dataAction("staff:read", async (principal, sourceId: string, ids: string[]) =>
  orNothing(() => readerHighlightDetails(principal, sourceIdOf(sourceId), { ids })),
);

/** The next page of the reader's suggestion list, after the last one shown. */
export const moreSuggestions = dataAction(
  "staff:read",
  async (principal, sourceId: string, page: { after?: { start: number; id: string }; limit?: number }) =>
    orNothing(() => suggestionPage(principal, sourceIdOf(sourceId), page)),
);
