import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { assignClaim, getAssignment } from "@/lib/services/assignments";

export const GET = apiRoute<{ id: string }>(operation("/claims/{id}/assignment", "get"), ({ principal, params }) =>
  getAssignment(principal, params.id),
);

export const PUT = apiRoute<{ id: string }>(
  operation("/claims/{id}/assignment", "put"),
  async ({ principal, params, json }) => assignClaim(principal, params.id, await json()),
);
