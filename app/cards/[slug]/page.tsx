import type { Metadata } from "next";
import { cachedPageBaseUrl } from "@/lib/cards/base-url";
import { loadPublicCard } from "@/lib/cards/page-data";
import { cardPath } from "@/lib/cards/urls";
import { attributionLabel, truthLabel } from "@/lib/verdicts";
import { ClaimCard } from "@/components/cards/ClaimCard";
import { ClaimReviewJsonLd } from "@/components/cards/ClaimReviewJsonLd";

type Props = { params: Promise<{ slug: string }> };

// Served from Next's full-route cache (ADR 0024): rendered on the first request for a slug, kept until
// publishing, a correction or unpublishing invalidates the card's tags, re-rendered at most every
// 30 s (PUBLIC_CACHE_SECONDS in lib/cards/cache.ts; Next reads this value literally).
export const revalidate = 30;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const card = await loadPublicCard(slug);
  const baseUrl = cachedPageBaseUrl();
  const description = `Truth: ${truthLabel(card.truthVerdict)}. Attribution: ${attributionLabel(card.attributionVerdict)}. ${card.content.claim.text}`;
  return {
    title: card.headline,
    description,
    alternates: { canonical: cardPath(slug) },
    openGraph: { title: card.headline, description, type: "article", url: baseUrl + cardPath(slug) },
  };
}

/** The current version of a published card. Data comes from the tagged cache (lib/cards/cache.ts). */
export default async function CardPage({ params }: Props) {
  const { slug } = await params;
  const card = await loadPublicCard(slug);
  const baseUrl = cachedPageBaseUrl();
  return (
    <>
      <ClaimReviewJsonLd card={card} url={baseUrl + cardPath(slug)} baseUrl={baseUrl} />
      <ClaimCard card={card} baseUrl={baseUrl} />
    </>
  );
}
