// Published cards are read far more often than written: pages, the embed and the OG image read them
// through Next's data cache, tagged per card, and the pages that read them are themselves kept in the
// full-route cache carrying the same tags (ADR 0024). Publishing, correcting and archiving invalidate
// the tags (route handlers and server actions call invalidatePublishedCard after the service commits).
// Only getPublishedCard is cached, and it refuses drafts and archived claims, so nothing unpublished
// is ever stored. Tags are invalidated in the process that made the change; PUBLIC_CACHE_SECONDS is
// the bound for every other process (and for the CLI and the organisation name setting).
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { getPublishedCard, publishedCardPage } from "@/lib/services/cards";

export const CARDS_TAG = "cards";
export const cardTag = (slug: string) => `card:${slug}`;
/** How long any process may serve a card, card list or embed it did not invalidate itself. */
export const PUBLIC_CACHE_SECONDS = 30;

export function cachedPublishedCard(slug: string, version?: number) {
  return unstable_cache(() => getPublishedCard(slug, version), ["published-card", slug, String(version ?? "latest")], {
    tags: [CARDS_TAG, cardTag(slug)],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}

/** One page of the public card list (lib/services/cards.ts publishedCardPage). */
export function cachedCardPage(page: number) {
  // `next build` prerenders the first page; the database it would read is not the one served later
  // (cache-handler.mjs discards build-time copies), and CI builds without one.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return Promise.resolve({ cards: [], page, pageCount: 1 });
  return unstable_cache(() => publishedCardPage(page), ["published-card-page", String(page)], {
    tags: [CARDS_TAG],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}

/** Call after a commit that changes what readers see of a card. `expire: 0` drops the entries now. */
export function invalidatePublishedCard(slug: string) {
  revalidateTag(cardTag(slug), { expire: 0 });
  revalidateTag(CARDS_TAG, { expire: 0 });
}
