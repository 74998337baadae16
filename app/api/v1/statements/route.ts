import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { createStatement, listStatements } from "@/lib/services/statements";

export const GET = apiRoute(operation("/statements", "get"), ({ req, principal }) =>
  listStatements(principal, searchParamsOf(req)).then((items) => ({ items })),
);
export const POST = apiRoute(operation("/statements", "post"), async ({ principal, json }) =>
  createStatement(principal, await json()),
);
