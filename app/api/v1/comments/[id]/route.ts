import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { deleteComment, editComment } from "@/lib/services/comments";

export const PATCH = apiRoute<{ id: string }>(
  operation("/comments/{id}", "patch"),
  async ({ principal, params, json }) => editComment(principal, params.id, await json()),
);
export const DELETE = apiRoute<{ id: string }>(operation("/comments/{id}", "delete"), ({ principal, params }) =>
  deleteComment(principal, params.id),
);
