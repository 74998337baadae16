import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { getStatement, removeStatement, updateStatement } from "@/lib/services/statements";

export const GET = apiRoute<{ id: string }>(operation("/statements/{id}", "get"), ({ principal, params }) =>
  getStatement(principal, params.id),
);
export const PATCH = apiRoute<{ id: string }>(
  operation("/statements/{id}", "patch"),
  async ({ principal, params, json }) => updateStatement(principal, params.id, await json()),
);
export const DELETE = apiRoute<{ id: string }>(operation("/statements/{id}", "delete"), ({ principal, params }) =>
  removeStatement(principal, params.id),
);
