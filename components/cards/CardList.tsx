import Link from "next/link";
import type { CardSummary } from "@/lib/cards/types";
import { CARD_ATOM_PATH, CARD_FEED_PATH, cardListPath, cardPath } from "@/lib/cards/urls";
import { formatDate } from "@/lib/format";
import { EmptyState } from "@/components/ui/EmptyState";
import { VerdictBadges } from "./VerdictBadges";

/** One page of published cards, newest first, with links to the newer and older pages and the feeds. */
export function CardList(props: { cards: CardSummary[]; page: number; pageCount: number }) {
  return (
    <div>
      <h1>Published claim cards{props.page > 1 ? ` (page ${props.page})` : ""}</h1>
      {props.cards.length === 0 ? <EmptyState title="No cards published yet" /> : <CardGrid {...props} />}
      <p className="small muted" style={{ marginTop: 24 }}>
        <Link href="/methodology">Methodology and corrections policy</Link> · <a href={CARD_ATOM_PATH}>Atom feed</a> ·{" "}
        <a href={CARD_FEED_PATH}>ClaimReview JSON feed</a>
      </p>
    </div>
  );
}

function CardGrid({ cards, page, pageCount }: { cards: CardSummary[]; page: number; pageCount: number }) {
  return (
    <>
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
      {pageCount > 1 && (
        <nav aria-label="Pages of cards" className="small" style={{ marginTop: 16, display: "flex", gap: 16 }}>
          {page > 1 && <Link href={cardListPath(page - 1)}>← Newer cards</Link>}
          <span className="muted">
            Page {page} of {pageCount}
          </span>
          {page < pageCount && <Link href={cardListPath(page + 1)}>Older cards →</Link>}
        </nav>
      )}
    </>
  );
}
