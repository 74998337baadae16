import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { acceptSuggestion } from "@/lib/services/suggestions";

/** The body (overrides) is optional: accepting as proposed needs none. */
export const POST = apiRoute<{ id: string }>(
  operation("/suggestions/{id}/accept", "post"),
  async ({ req, principal, params, json }) => {
    const hasBody = Number(req.headers.get("content-length") ?? 0) > 0 || req.headers.has("content-type");
    return acceptSuggestion(principal, params.id, hasBody ? await json() : {});
  },
);
