import { writtenCardJson } from "@/lib/cards/api";
import { invalidatePublishedCard } from "@/lib/cards/cache";
import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { correctCard } from "@/lib/services/cards";
import { publicBaseUrl } from "@/lib/http/origin";

export const POST = apiRoute<{ id: string }>(
  operation("/claims/{id}/corrections", "post"),
  async ({ req, principal, params, json }) => {
    const result = await correctCard(principal, params.id, await json());
    invalidatePublishedCard(result.slug);
    return writtenCardJson(result, publicBaseUrl(req.headers));
  },
);
