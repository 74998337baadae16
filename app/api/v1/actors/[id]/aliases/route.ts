import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { addAlias } from "@/lib/services/actors";

export const POST = apiRoute<{ id: string }>(
  operation("/actors/{id}/aliases", "post"),
  async ({ principal, params, json }) => addAlias(principal, params.id, await json()),
);
