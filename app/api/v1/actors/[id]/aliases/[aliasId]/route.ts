import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { removeAlias } from "@/lib/services/actors";

export const DELETE = apiRoute<{ id: string; aliasId: string }>(
  operation("/actors/{id}/aliases/{aliasId}", "delete"),
  ({ principal, params }) => removeAlias(principal, params.id, params.aliasId),
);
