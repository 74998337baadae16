import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { removeClaimRelation } from "@/lib/services/claims";

export const DELETE = apiRoute<{ id: string; relationId: string }>(
  operation("/claims/{id}/relations/{relationId}", "delete"),
  ({ principal, params }) => removeClaimRelation(principal, params.id, params.relationId),
);
