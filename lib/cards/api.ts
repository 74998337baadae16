// JSON shapes of card versions in API responses.
import { buildClaimReview } from "./claim-review";
import type { PublishedCard } from "./types";
import { cardPath } from "./urls";

/** The stored fields of a card version that a write's response carries. */
type WrittenCard = {
  id: string;
  number: number;
  headline: string;
  truthVerdict: string;
  attributionVerdict: string;
  rationale: string;
  correctionNote: string | null;
  publishedAt: Date;
};

/** A version just written by publish or correct; `claimVersion` is what the next write must send. */
export function writtenCardJson(result: { card: WrittenCard; slug: string; claimVersion: number }, baseUrl: string) {
  const { card, slug, claimVersion } = result;
  return {
    id: card.id,
    slug,
    number: card.number,
    headline: card.headline,
    truthVerdict: card.truthVerdict,
    attributionVerdict: card.attributionVerdict,
    rationale: card.rationale,
    correctionNote: card.correctionNote,
    publishedAt: card.publishedAt,
    url: baseUrl + cardPath(slug),
    versionUrl: baseUrl + cardPath(slug, card.number),
    claimVersion,
  };
}

/** A public card as GET /api/v1/cards/{slug} returns it, with its ClaimReview. */
export function publicCardJson(card: PublishedCard, baseUrl: string) {
  const url = baseUrl + cardPath(card.slug);
  const { claimId: _internal, ...rest } = card;
  return {
    ...rest,
    url,
    versionUrl: baseUrl + cardPath(card.slug, card.number),
    superseded: card.number < card.latestNumber,
    claimReview: buildClaimReview(card, url, baseUrl),
  };
}
