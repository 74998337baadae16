import { apiRoute } from "@/lib/http/api";
import { removeClaimAppearance } from "@/lib/services/claims";

export const DELETE = apiRoute<{ id: string; appearanceId: string }>(({ principal, params }) =>
  removeClaimAppearance(principal, params.id, params.appearanceId),
);
