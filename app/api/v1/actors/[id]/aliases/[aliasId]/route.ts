import { apiRoute } from "@/lib/http/api";
import { removeAlias } from "@/lib/services/actors";

export const DELETE = apiRoute<{ id: string; aliasId: string }>(({ principal, params }) =>
  removeAlias(principal, params.id, params.aliasId),
);
