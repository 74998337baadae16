import { withStatus } from "@/lib/http/response-shape";
import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { importSourceFromUrl } from "@/lib/services/source-import";

export const POST = apiRoute(operation("/sources/from-url", "post"), async ({ principal, json }) => {
  const result = await importSourceFromUrl(principal, await json());
  return withStatus(result, result.outcome === "created" ? 201 : 200);
});
