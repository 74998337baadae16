import { invalidatePublishedCard } from "@/lib/cards/cache";
import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { transitionClaim } from "@/lib/services/workflow";

export const POST = apiRoute<{ id: string }>(
  operation("/claims/{id}/status", "post"),
  async ({ principal, params, json }) => {
    const result = await transitionClaim(principal, params.id, await json());
    // Archiving withdraws a public card; any status change may, so the card's cache is dropped.
    invalidatePublishedCard(result.slug);
    return result;
  },
);
