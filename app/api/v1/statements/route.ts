import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { createStatement, listStatements } from "@/lib/services/statements";

export const GET = apiRoute(({ req, principal }) =>
  listStatements(principal, searchParamsOf(req)).then((items) => ({ items })),
);
export const POST = apiRoute(async ({ principal, json }) => createStatement(principal, await json()), { status: 201 });
