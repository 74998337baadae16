import "server-only";
import type { Tx } from "@/lib/db/client";
import { extractQuotes } from "@/lib/extract";

/** Keeps a pathological source from flooding the reader with proposals. */
export const MAX_SUGGESTIONS_PER_REVISION = 2000;

/** Extractor output is stored as pending suggestions; nothing counts until an analyst accepts one. */
export async function storeSuggestions(tx: Tx, sourceId: string, revisionId: string, text: string) {
  const quotes = extractQuotes(text).slice(0, MAX_SUGGESTIONS_PER_REVISION);
  if (!quotes.length) return 0;
  await tx.suggestion.createMany({
    data: quotes.map((q) => ({
      sourceId, revisionId, text: q.text, start: q.start, end: q.end,
      speakerName: q.speaker, viaName: q.via, cue: q.cue, kind: q.kind,
      anonymous: q.anonymous, hedges: JSON.stringify(q.hedges), confidence: q.confidence,
    })),
  });
  return quotes.length;
}
