import { apiRoute } from "@/lib/http/api";
import { removeClaimRelation } from "@/lib/services/claims";

export const DELETE = apiRoute<{ id: string; relationId: string }>(({ principal, params }) =>
  removeClaimRelation(principal, params.id, params.relationId),
);
