import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { search } from "@/lib/services/search";

// Staff only (the service checks): drafts are searchable, so there is no public search.
export const GET = apiRoute(operation("/search", "get"), ({ req, principal }) =>
  search(principal, searchParamsOf(req)),
);
