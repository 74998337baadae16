import { apiRoute } from "@/lib/http/api";
import { getClaim, updateClaim } from "@/lib/services/claims";

export const GET = apiRoute<{ id: string }>(({ principal, params }) => getClaim(principal, params.id));
export const PATCH = apiRoute<{ id: string }>(async ({ principal, params, json }) =>
  updateClaim(principal, params.id, await json()),
);
