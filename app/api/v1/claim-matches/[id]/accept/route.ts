import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { acceptClaimMatch } from "@/lib/services/claim-matches";

/** The body is optional: accepting as evidence with the guessed stance needs none. */
export const POST = apiRoute<{ id: string }>(
  operation("/claim-matches/{id}/accept", "post"),
  async ({ req, principal, params, json }) => {
    const hasBody = Number(req.headers.get("content-length") ?? 0) > 0 || req.headers.has("content-type");
    return acceptClaimMatch(principal, params.id, hasBody ? await json() : {});
  },
);
