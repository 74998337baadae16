import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { dismissSuggestion } from "@/lib/services/suggestions";

export const POST = apiRoute<{ id: string }>(operation("/suggestions/{id}/dismiss", "post"), ({ principal, params }) =>
  dismissSuggestion(principal, params.id),
);
