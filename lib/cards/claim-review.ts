// schema.org ClaimReview for a published card, and its serialisation into an HTML <script>.
import { attributionLabel, truthLabel, truthRating } from "@/lib/verdicts";
import type { CardSourceRef, PublishedCard } from "./types";

const PERSON_KINDS = new Set(["person", "anonymous"]);

function creativeWork(source: CardSourceRef) {
  return {
    "@type": "CreativeWork",
    ...(source.url ? { url: source.url } : {}),
    headline: source.title,
    ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
    ...(source.publisher ? { publisher: { "@type": "Organization", name: source.publisher } } : {}),
  };
}

/**
 * Who made the claim: its claimant, else the named speaker of the first supporting evidence (the
 * card's chain shows the same person), never an anonymous one.
 */
function claimAuthor(card: PublishedCard) {
  const { claim, evidence } = card.content;
  if (claim.claimant) return { name: claim.claimant, kind: claim.claimantKind ?? "person" };
  for (const e of evidence) {
    if (e.stance !== "supports") continue;
    const speaker = e.chain?.find((l) => l.role === "speaker");
    if (speaker && speaker.kind !== "anonymous") return { name: speaker.label, kind: speaker.kind ?? "person" };
  }
  return null;
}

/** `cardUrl` is the page the markup sits on: the card's canonical URL, or a version's own URL. */
export function buildClaimReview(card: PublishedCard, cardUrl: string, siteBaseUrl: string) {
  const { claim, appearances } = card.content;
  const author = claimAuthor(card);
  const claimant = author
    ? { "@type": PERSON_KINDS.has(author.kind) ? "Person" : "Organization", name: author.name }
    : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: cardUrl,
    headline: card.headline,
    claimReviewed: claim.text,
    datePublished: card.firstPublishedAt,
    dateModified: card.publishedAt,
    author: { "@type": "Organization", name: card.organizationName, url: siteBaseUrl },
    reviewRating: {
      "@type": "Rating",
      ...truthRating(card.truthVerdict),
      alternateName: truthLabel(card.truthVerdict),
      ratingExplanation: `Attribution: ${attributionLabel(card.attributionVerdict)}.`,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(claimant ? { author: claimant } : {}),
      ...(appearances[0]?.publishedAt ? { datePublished: appearances[0].publishedAt } : {}),
      ...(appearances.length
        ? { appearance: appearances.map(creativeWork), firstAppearance: creativeWork(appearances[0]) }
        : {}),
    },
  };
}

/**
 * JSON for inside <script type="application/ld+json">. JSON.stringify alone is not enough: a claim
 * quoting "</script>" or "<!--" would end or derail the script element, so <, > and & are written as
 * \u escapes (still the same JSON string values), as are U+2028/2029 which some parsers reject.
 */
export function jsonLdScriptContent(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
