// Claimdesk extraction engine: pure functions over plain text, no I/O. Every returned span is a
// UTF-16 offset pair into the input, and `text === input.slice(start, end)` always holds.
// Results are suggestions for an analyst to confirm, never facts.
import { candidateClaimsIn } from "./claims";
import { discrepanciesAmong } from "./discrepancies";
import { extractNumbersIn } from "./numbers";
import { hedgesBySpan } from "./hedges";
import { segment } from "./sentences";
import { analyze } from "./statements";
import type { CandidateClaim, Discrepancy, ExtractedNumber, ExtractedQuote } from "./types";

export type * from "./types";

/** Direct quotations and reported speech with speaker, intermediary, cue and hedges, by start. */
export function extractQuotes(text: string): ExtractedQuote[] {
  return analyze(text).statements;
}

/** Counted quantities ("at least 600 Americans") with qualifier, normalised noun and event. */
export function extractNumbers(text: string): ExtractedNumber[] {
  const { sentences } = segment(text);
  return extractNumbersIn(text, sentences, hedgesBySpan(text, sentences));
}

/** Counts of the same thing and event that disagree across documents. */
export function findDiscrepancies(docs: Array<{ name: string; text: string }>): Discrepancy[] {
  return discrepanciesAmong(docs.map((d) => ({ name: d.name, numbers: extractNumbers(d.text) })));
}

/** Sentences worth checking, with a kind and the reason they were proposed. */
export function extractCandidateClaims(text: string): CandidateClaim[] {
  return extractAll(text).candidateClaims;
}

export function extractAll(text: string): {
  quotes: ExtractedQuote[];
  numbers: ExtractedNumber[];
  candidateClaims: CandidateClaim[];
} {
  const a = analyze(text);
  const numbers = extractNumbersIn(text, a.sentences, a.hedges);
  const candidateClaims = candidateClaimsIn({
    text,
    sentences: a.sentences,
    hedges: a.hedges,
    statements: a.statements,
    numbers,
  });
  return { quotes: a.statements, numbers, candidateClaims };
}
