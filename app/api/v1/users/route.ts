import { apiRoute } from "@/lib/http/api";
import { addUser, listUsers } from "@/lib/services/users";

export const GET = apiRoute(async ({ principal }) => ({ items: await listUsers(principal) }));
export const POST = apiRoute(async ({ principal, json }) => addUser(principal, await json()), { status: 201 });
