import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { addClaimAppearance } from "@/lib/services/claims";
import { getClaimPage } from "@/lib/services/claim-page";

export const GET = apiRoute<{ id: string }>(
  operation("/claims/{id}/appearances", "get"),
  async ({ principal, params }) => ({
    items: (await getClaimPage(principal, params.id)).appearances,
  }),
);
export const POST = apiRoute<{ id: string }>(
  operation("/claims/{id}/appearances", "post"),
  async ({ principal, params, json }) => addClaimAppearance(principal, params.id, await json()),
);
