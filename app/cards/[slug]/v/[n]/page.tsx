import type { Metadata } from "next";
import { cachedPageBaseUrl } from "@/lib/cards/base-url";
import { loadPublicCard } from "@/lib/cards/page-data";
import { cardPath } from "@/lib/cards/urls";
import { ClaimCard } from "@/components/cards/ClaimCard";
import { ClaimReviewJsonLd } from "@/components/cards/ClaimReviewJsonLd";

type Props = { params: Promise<{ slug: string; n: string }> };

// Served from Next's full-route cache (ADR 0024): rendered on the first request for a slug, kept until
// publishing, a correction or unpublishing invalidates the card's tags, re-rendered at most every
// 30 s (PUBLIC_CACHE_SECONDS in lib/cards/cache.ts; Next reads this value literally).
export const revalidate = 30;
export const generateStaticParams = async (): Promise<{ slug: string; n: string }[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const card = await loadPublicCard(slug, n);
  const baseUrl = cachedPageBaseUrl();
  const superseded = card.number < card.latestNumber;
  return {
    title: `${card.headline} (version ${card.number})`,
    // Old versions stay reachable for the record, but search engines should show the current one.
    alternates: { canonical: cardPath(slug) },
    openGraph: { title: card.headline, type: "article", url: baseUrl + cardPath(slug, card.number) },
    ...(superseded ? { robots: { index: false, follow: true } } : {}),
  };
}

/** A permanent link to one version; superseded versions say so at the top. */
export default async function CardVersionPage({ params }: Props) {
  const { slug, n } = await params;
  const card = await loadPublicCard(slug, n);
  const baseUrl = cachedPageBaseUrl();
  return (
    <>
      <ClaimReviewJsonLd card={card} url={baseUrl + cardPath(slug, card.number)} baseUrl={baseUrl} />
      <ClaimCard card={card} baseUrl={baseUrl} />
    </>
  );
}
