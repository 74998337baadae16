import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { getPublishedCard } from "@/lib/services/cards";
import { ClaimCard } from "@/components/cards/ClaimCard";

export const dynamic = "force-dynamic";

const load = (slug: string) => getPublishedCard(slug).catch((e) => (e instanceof NotFoundError ? notFound() : Promise.reject(e)));

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const card = await load((await params).slug);
  return { title: card.headline };
}

export default async function CardPage({ params }: { params: Promise<{ slug: string }> }) {
  const card = await load((await params).slug);
  return <ClaimCard card={card} />;
}
