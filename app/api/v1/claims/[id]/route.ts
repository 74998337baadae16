import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { getClaim, updateClaim } from "@/lib/services/claims";

export const GET = apiRoute<{ id: string }>(operation("/claims/{id}", "get"), ({ principal, params }) =>
  getClaim(principal, params.id),
);
export const PATCH = apiRoute<{ id: string }>(operation("/claims/{id}", "patch"), async ({ principal, params, json }) =>
  updateClaim(principal, params.id, await json()),
);
