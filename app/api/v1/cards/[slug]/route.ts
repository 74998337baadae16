import { publicCardJson } from "@/lib/cards/api";
import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { getPublishedCard } from "@/lib/services/cards";
import { publicBaseUrl } from "@/lib/http/origin";
import { cardQuery } from "@/lib/validation/cards";
import { parseInput } from "@/lib/validation/parse";

/** Public: the latest version of a published card, or `?version=n`. */
export const GET = apiRoute<{ slug: string }>(operation("/cards/{slug}", "get"), async ({ req, params }) => {
  const { version } = parseInput(cardQuery, searchParamsOf(req));
  return publicCardJson(await getPublishedCard(params.slug, version), publicBaseUrl(req.headers));
});
