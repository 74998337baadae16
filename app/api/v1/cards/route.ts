import { apiRoute } from "@/lib/http/api";
import { listPublishedCards } from "@/lib/services/cards";
import { siteUrl } from "@/lib/site";

export const GET = apiRoute(async ({ req }) => {
  const base = siteUrl(req.nextUrl.origin);
  const cards = await listPublishedCards();
  return { items: cards.map((c) => ({ slug: c.slug, url: `${base}/cards/${c.slug}`, title: c.title, version: c.version, publishedAt: c.publishedAt })) };
});
