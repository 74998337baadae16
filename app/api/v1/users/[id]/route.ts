import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { disableUser } from "@/lib/services/users";

/** Users are disabled, never deleted, so their reviews and audit trail keep their author. */
export const DELETE = apiRoute<{ id: string }>(operation("/users/{id}", "delete"), ({ principal, params }) =>
  disableUser(principal, params.id),
);
