import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { addComment, listComments } from "@/lib/services/comments";

export const GET = apiRoute(({ principal, req }) => listComments(principal, searchParamsOf(req)));

export const POST = apiRoute(async ({ principal, json }) => addComment(principal, await json()), { status: 201 });
