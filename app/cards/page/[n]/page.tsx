import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cachedCardPage } from "@/lib/cards/cache";
import { CARD_ATOM_PATH, cardListPath } from "@/lib/cards/urls";
import { CardList } from "@/components/cards/CardList";

type Props = { params: Promise<{ n: string }> };

// Older pages of the card list, cached like page 1 (app/cards/page.tsx, ADR 0024).
export const revalidate = 30;
export const generateStaticParams = async (): Promise<{ n: string }[]> => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params;
  return {
    title: `Claim cards, page ${n}`,
    alternates: { canonical: cardListPath(Number(n)), types: { "application/atom+xml": CARD_ATOM_PATH } },
  };
}

export default async function OlderCardsPage({ params }: Props) {
  const { n } = await params;
  // Only canonical page numbers from 2: "/cards/page/1" is /cards, "02" would be a second address.
  if (!/^[1-9]\d{0,5}$/.test(n) || n === "1") notFound();
  const list = await cachedCardPage(Number(n));
  if (list.cards.length === 0) notFound();
  return <CardList {...list} />;
}
