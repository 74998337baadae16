import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { listSuggestions } from "@/lib/services/suggestions";

export const GET = apiRoute<{ id: string }>(
  operation("/sources/{id}/suggestions", "get"),
  async ({ req, principal, params }) => ({
    items: await listSuggestions(principal, params.id, searchParamsOf(req)),
  }),
);
