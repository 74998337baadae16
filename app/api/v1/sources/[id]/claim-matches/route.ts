import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { listClaimMatches } from "@/lib/services/claim-matches";

export const GET = apiRoute<{ id: string }>(
  operation("/sources/{id}/claim-matches", "get"),
  async ({ req, principal, params }) => ({
    items: await listClaimMatches(principal, params.id, searchParamsOf(req)),
  }),
);
