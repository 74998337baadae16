import { writtenCardJson } from "@/lib/cards/api";
import { invalidatePublishedCard } from "@/lib/cards/cache";
import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { publishCard } from "@/lib/services/cards";
import { publicBaseUrl } from "@/lib/http/origin";

export const POST = apiRoute<{ id: string }>(
  operation("/claims/{id}/publish", "post"),
  async ({ req, principal, params, json }) => {
    const result = await publishCard(principal, params.id, await json());
    invalidatePublishedCard(result.slug);
    return writtenCardJson(result, publicBaseUrl(req.headers));
  },
);
