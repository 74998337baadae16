import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { reanchorStatement } from "@/lib/services/statements";

export const POST = apiRoute<{ id: string }>(
  operation("/statements/{id}/reanchor", "post"),
  async ({ principal, params, json }) => reanchorStatement(principal, params.id, await json()),
);
