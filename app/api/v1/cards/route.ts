import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { listPublishedCards } from "@/lib/services/cards";
import { publicBaseUrl } from "@/lib/http/origin";

export const GET = apiRoute(operation("/cards", "get"), async ({ req }) => {
  const base = publicBaseUrl(req.headers);
  const cards = await listPublishedCards();
  return {
    items: cards.map((c) => ({
      slug: c.slug,
      url: `${base}/cards/${c.slug}`,
      title: c.title,
      version: c.version,
      publishedAt: c.publishedAt,
    })),
  };
});
