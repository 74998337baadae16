import { apiRoute } from "@/lib/http/api";
import { getStatement, removeStatement, updateStatement } from "@/lib/services/statements";

export const GET = apiRoute<{ id: string }>(({ principal, params }) => getStatement(principal, params.id));
export const PATCH = apiRoute<{ id: string }>(async ({ principal, params, json }) =>
  updateStatement(principal, params.id, await json()),
);
export const DELETE = apiRoute<{ id: string }>(({ principal, params }) => removeStatement(principal, params.id));
