import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { addUser, listUsers } from "@/lib/services/users";

export const GET = apiRoute(operation("/users", "get"), async ({ principal }) => ({
  items: await listUsers(principal),
}));
export const POST = apiRoute(operation("/users", "post"), async ({ principal, json }) =>
  addUser(principal, await json()),
);
