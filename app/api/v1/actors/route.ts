import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { createActor, listActors } from "@/lib/services/actors";

export const GET = apiRoute(operation("/actors", "get"), ({ req, principal }) =>
  listActors(principal, searchParamsOf(req)),
);
export const POST = apiRoute(operation("/actors", "post"), async ({ principal, json }) =>
  createActor(principal, await json()),
);
