import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { removeClaimAppearance } from "@/lib/services/claims";

export const DELETE = apiRoute<{ id: string; appearanceId: string }>(
  operation("/claims/{id}/appearances/{appearanceId}", "delete"),
  ({ principal, params }) => removeClaimAppearance(principal, params.id, params.appearanceId),
);
