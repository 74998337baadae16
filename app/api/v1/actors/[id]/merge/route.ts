import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { mergeActors } from "@/lib/services/actors";

/** The actor in the URL survives; `mergeId` is folded into it. */
export const POST = apiRoute<{ id: string }>(
  operation("/actors/{id}/merge", "post"),
  async ({ principal, params, json }) => mergeActors(principal, params.id, await json()),
);
