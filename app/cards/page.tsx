import type { Metadata } from "next";
import { cachedCardPage } from "@/lib/cards/cache";
import { CARD_ATOM_PATH } from "@/lib/cards/urls";
import { CardList } from "@/components/cards/CardList";

// Served from Next's full-route cache (ADR 0024), invalidated with the "cards" tag by publishing,
// corrections and unpublishing, re-rendered at most every 30 s (PUBLIC_CACHE_SECONDS).
export const revalidate = 30;

export const metadata: Metadata = {
  title: "Claim cards",
  alternates: { types: { "application/atom+xml": CARD_ATOM_PATH } },
};

export default async function CardsPage() {
  return <CardList {...await cachedCardPage(1)} />;
}
