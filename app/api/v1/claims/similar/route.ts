import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { findSimilarClaims } from "@/lib/services/similar-claims";

export const GET = apiRoute(operation("/claims/similar", "get"), ({ req, principal }) =>
  findSimilarClaims(principal, searchParamsOf(req)),
);
