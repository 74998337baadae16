import type { Metadata } from "next";
import Link from "next/link";
import { listPublishedCards } from "@/lib/services/cards";
import { formatDate } from "@/lib/format";
import { VerdictBadges } from "@/components/cards/VerdictBadges";
import { EmptyState } from "@/components/ui/EmptyState";

export const metadata: Metadata = { title: "Claim cards" };
export const dynamic = "force-dynamic";

export default async function CardsPage() {
  const cards = await listPublishedCards();
  return (
    <div>
      <h1>Published claim cards</h1>
      {cards.length === 0 ? (
        <EmptyState title="No cards published yet" />
      ) : (
        <div className="cards-grid">
          {cards.map((c) => (
            <article key={c.slug} className="card-tile">
              <h2><Link href={`/cards/${c.slug}`}>{c.title}</Link></h2>
              <VerdictBadges truth={c.truthVerdict} attribution={c.attributionVerdict} />
              <p className="small muted">Published {formatDate(c.publishedAt)}{c.version > 1 ? ` · version ${c.version}` : ""}</p>
            </article>
          ))}
        </div>
      )}
    </div>
  );
}
