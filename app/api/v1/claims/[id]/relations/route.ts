import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { addClaimRelation, listClaimRelations } from "@/lib/services/claims";

export const GET = apiRoute<{ id: string }>(
  operation("/claims/{id}/relations", "get"),
  async ({ principal, params }) => ({
    items: await listClaimRelations(principal, params.id),
  }),
);
export const POST = apiRoute<{ id: string }>(
  operation("/claims/{id}/relations", "post"),
  async ({ principal, params, json }) => addClaimRelation(principal, params.id, await json()),
);
