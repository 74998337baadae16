// Public addresses of cards. Paths are relative; prefix with the site's base URL for absolute links.
export const cardPath = (slug: string, version?: number) =>
  version === undefined ? `/cards/${slug}` : `/cards/${slug}/v/${version}`;
export const embedPath = (slug: string) => `/embed/${slug}`;
/** Page 1 of the public card list is /cards; older pages are static paths, so each can be cached whole. */
export const cardListPath = (page: number) => (page <= 1 ? "/cards" : `/cards/page/${page}`);
export const CARD_FEED_PATH = "/api/v1/cards/feed";
export const CARD_ATOM_PATH = "/cards/feed.xml";

/** Only http(s) links from sources are rendered as links; anything else (javascript:, data:) as text. */
export const safeHref = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);
