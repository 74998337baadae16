// Feeds of published cards: ClaimReview JSON for machines, Atom for feed readers.
import { attributionLabel, truthLabel } from "@/lib/verdicts";
import { buildClaimReview } from "./claim-review";
import { escapeHtml } from "@/lib/escape-html";
import type { PublishedCard } from "./types";
import { CARD_ATOM_PATH, cardPath } from "./urls";

export function claimReviewFeed(cards: PublishedCard[], baseUrl: string) {
  return cards.map((card) => buildClaimReview(card, baseUrl + cardPath(card.slug), baseUrl));
}

export function atomFeed(cards: PublishedCard[], baseUrl: string, organizationName: string): string {
  const updated =
    cards
      .map((c) => c.publishedAt)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  const entries = cards.map((card) => {
    const url = escapeHtml(baseUrl + cardPath(card.slug));
    const summary =
      `Truth: ${truthLabel(card.truthVerdict)}. Attribution: ${attributionLabel(card.attributionVerdict)}. ${card.correctionNote ? `Correction: ${card.correctionNote}` : ""}`.trim();
    return (
      `<entry><id>${url}</id><title>${escapeHtml(card.headline)}</title><link rel="alternate" type="text/html" href="${url}"/>` +
      `<published>${card.firstPublishedAt}</published><updated>${card.publishedAt}</updated><summary>${escapeHtml(summary)}</summary></entry>`
    );
  });
  return (
    `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>${escapeHtml(baseUrl + CARD_ATOM_PATH)}</id><title>${escapeHtml(organizationName)}: claim cards</title>` +
    `<link rel="self" href="${escapeHtml(baseUrl + CARD_ATOM_PATH)}"/><link rel="alternate" type="text/html" href="${escapeHtml(baseUrl + "/cards")}"/>` +
    `<updated>${updated}</updated><author><name>${escapeHtml(organizationName)}</name></author>\n${entries.join("\n")}\n</feed>`
  );
}
