import { buildClaimReview, jsonLdScriptContent } from "@/lib/cards/claim-review";
import type { PublishedCard } from "@/lib/cards/types";

/** Exactly one per card page. The content is escaped so claim text cannot end the script element. */
export function ClaimReviewJsonLd({ card, url, baseUrl }: { card: PublishedCard; url: string; baseUrl: string }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(buildClaimReview(card, url, baseUrl)) }}
    />
  );
}
