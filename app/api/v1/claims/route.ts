import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { createClaim, listClaims } from "@/lib/services/claims";

export const GET = apiRoute(({ req, principal }) => listClaims(principal, searchParamsOf(req)));
export const POST = apiRoute(async ({ principal, json }) => createClaim(principal, await json()), { status: 201 });
