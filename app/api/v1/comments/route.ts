import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { addComment, listComments } from "@/lib/services/comments";

export const GET = apiRoute(operation("/comments", "get"), ({ principal, req }) =>
  listComments(principal, searchParamsOf(req)),
);

export const POST = apiRoute(operation("/comments", "post"), async ({ principal, json }) =>
  addComment(principal, await json()),
);
