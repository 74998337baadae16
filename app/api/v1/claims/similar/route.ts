import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { findSimilarClaims } from "@/lib/services/similar-claims";

export const GET = apiRoute(({ req, principal }) => findSimilarClaims(principal, searchParamsOf(req)));
