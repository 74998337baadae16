// Published cards are read far more often than written: pages, the embed and the OG image read them
// through Next's data cache, tagged per card. Publishing, correcting and archiving invalidate the
// tags (route handlers and server actions call invalidatePublishedCard after the service commits).
// Only getPublishedCard is cached, and it refuses drafts and archived claims, so nothing unpublished
// is ever stored. The hourly revalidation is a safety net for changes made outside this server
// process (the CLI, the organisation name setting).
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getPublishedCard, listPublishedCards } from "@/lib/services/cards";

export const CARDS_TAG = "cards";
export const cardTag = (slug: string) => `card:${slug}`;
const SAFETY_NET_SECONDS = 3600;

export function cachedPublishedCard(slug: string, version?: number) {
  return unstable_cache(() => getPublishedCard(slug, version), ["published-card", slug, String(version ?? "latest")], {
    tags: [CARDS_TAG, cardTag(slug)],
    revalidate: SAFETY_NET_SECONDS,
  })();
}

export function cachedCardList() {
  return unstable_cache(() => listPublishedCards(), ["published-card-list"], {
    tags: [CARDS_TAG],
    revalidate: SAFETY_NET_SECONDS,
  })();
}

/** Call after a commit that changes what readers see of a card. `expire: 0` drops the entries now. */
export function invalidatePublishedCard(slug: string) {
  revalidateTag(cardTag(slug), { expire: 0 });
  revalidateTag(CARDS_TAG, { expire: 0 });
}
