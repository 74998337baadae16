import { apiRoute } from "@/lib/http/api";
import { deleteComment, editComment } from "@/lib/services/comments";

export const PATCH = apiRoute<{ id: string }>(async ({ principal, params, json }) =>
  editComment(principal, params.id, await json()),
);
export const DELETE = apiRoute<{ id: string }>(({ principal, params }) => deleteComment(principal, params.id));
