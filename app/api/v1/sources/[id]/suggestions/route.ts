import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { listSuggestions } from "@/lib/services/suggestions";

export const GET = apiRoute<{ id: string }>(async ({ req, principal, params }) => ({
  items: await listSuggestions(principal, params.id, searchParamsOf(req)),
}));
