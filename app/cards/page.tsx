import type { Metadata } from "next";
import Link from "next/link";
import { cachedCardList } from "@/lib/cards/cache";
import { CARD_ATOM_PATH, CARD_FEED_PATH, cardPath } from "@/lib/cards/urls";
import { formatDate } from "@/lib/format";
import { VerdictBadges } from "@/components/cards/VerdictBadges";
import { EmptyState } from "@/components/ui/EmptyState";

// Served from Next's full-route cache (ADR 0024), invalidated with the "cards" tag by publishing,
// corrections and unpublishing, re-rendered at most every 30 s (PUBLIC_CACHE_SECONDS).
export const revalidate = 30;

export const metadata: Metadata = {
  title: "Claim cards",
  alternates: { types: { "application/atom+xml": CARD_ATOM_PATH } },
};

export default async function CardsPage() {
  const cards = await cachedCardList();
  return (
    <div>
      <h1>Published claim cards</h1>
      {cards.length === 0 ? (
        <EmptyState title="No cards published yet" />
      ) : (
        <div className="cards-grid">
          {cards.map((c) => (
            <article key={c.slug} className="card-tile">
              <h2>
                <Link href={cardPath(c.slug)}>{c.title}</Link>
              </h2>
              <VerdictBadges truth={c.truthVerdict} attribution={c.attributionVerdict} />
              <p className="small muted">
                Published {formatDate(c.publishedAt)}
                {c.version > 1 ? ` · version ${c.version}` : ""}
              </p>
            </article>
          ))}
        </div>
      )}
      <p className="small muted" style={{ marginTop: 24 }}>
        <Link href="/methodology">Methodology and corrections policy</Link> · <a href={CARD_ATOM_PATH}>Atom feed</a> ·{" "}
        <a href={CARD_FEED_PATH}>ClaimReview JSON feed</a>
      </p>
    </div>
  );
}
