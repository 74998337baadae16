import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { setFollowing } from "@/lib/services/assignments";

export const PUT = apiRoute<{ id: string }>(operation("/claims/{id}/follow", "put"), ({ principal, params }) =>
  setFollowing(principal, params.id, true),
);
export const DELETE = apiRoute<{ id: string }>(operation("/claims/{id}/follow", "delete"), ({ principal, params }) =>
  setFollowing(principal, params.id, false),
);
