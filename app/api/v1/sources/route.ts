import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { createSource, listSources } from "@/lib/services/sources";

export const GET = apiRoute(operation("/sources", "get"), ({ req, principal }) =>
  listSources(principal, searchParamsOf(req)),
);

export const POST = apiRoute(operation("/sources", "post"), async ({ principal, json }) => {
  const source = await createSource(principal, await json());
  return { id: source.id, title: source.title, revision: source.revision };
});
