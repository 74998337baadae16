import "server-only";
import { AnchorError, locateQuote } from "@/lib/anchoring";
import type { Tx } from "@/lib/db/client";
import { AnchorStatus } from "@/lib/enums";
import { ValidationError } from "@/lib/errors";
import type { QuoteInput } from "@/lib/validation/evidence";

// Where a source's current text is and how a client's quote is placed on it. Kept apart from
// revisions.ts so statements and suggestions can use it without importing the revision writer.

export const QUOTE_REFUSALS = {
  not_found: "The quote does not occur in the source's current text.",
  ambiguous: "The quote occurs more than once; add a prefix, suffix or start/end to say which.",
  position_mismatch: "The text at start/end is not the quote.",
} as const;

export async function currentRevision(tx: Tx, sourceId: string) {
  return tx.sourceRevision.findFirst({ where: { sourceId }, orderBy: { number: "desc" }, omit: { snapshot: true } });
}

/**
 * Resolves a client's quote to one span of the source's current revision, strictly: a given
 * position must hold the quote (else 422), a bare quote must occur once. Never guesses.
 */
export async function locateOnCurrentRevision(tx: Tx, sourceId: string, quote: QuoteInput) {
  const revision = await currentRevision(tx, sourceId);
  if (!revision) throw new ValidationError("Unknown source.", { sourceId: ["Choose an existing source."] });
  let located;
  try {
    located = locateQuote(revision.text, quote);
  } catch (e) {
    // Only malformed spans (e.g. half of a surrogate pair) get here; they are the client's error.
    if (e instanceof AnchorError)
      throw new ValidationError("The selection is not a valid span of the text.", { "quote.exact": [e.message] });
    throw e;
  }
  if (!located.ok)
    throw new ValidationError(QUOTE_REFUSALS[located.reason], { "quote.exact": [QUOTE_REFUSALS[located.reason]] });
  return { revision, selector: located.selector };
}

/** Places a flagged (or any) span anew on the current revision from an analyst's fresh selection. */
export async function placeOnCurrentRevision(tx: Tx, sourceId: string, quote: QuoteInput) {
  const { revision, selector } = await locateOnCurrentRevision(tx, sourceId, quote);
  const { exact, prefix, suffix, start, end } = selector;
  return { revisionId: revision.id, exact, prefix, suffix, start, end, anchorStatus: AnchorStatus.anchored };
}

type Placement = { anchorStatus: string; revisionId: string; exact: string; start: number; end: number };
const placementOf = ({ anchorStatus, revisionId, exact, start, end }: Placement) => ({
  anchorStatus,
  revisionId,
  exact,
  start,
  end,
});

/** The audit's before and after of a span a person placed again by hand. */
export const manualReanchorChange = (before: Placement, after: Placement) => ({
  before: placementOf(before),
  after: placementOf(after),
});
