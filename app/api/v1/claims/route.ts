import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { createClaim, listClaims } from "@/lib/services/claims";

export const GET = apiRoute(operation("/claims", "get"), ({ req, principal }) =>
  listClaims(principal, searchParamsOf(req)),
);
export const POST = apiRoute(operation("/claims", "post"), async ({ principal, json }) =>
  createClaim(principal, await json()),
);
