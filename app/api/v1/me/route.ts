import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { currentAccount } from "@/lib/services/users";

export const GET = apiRoute(operation("/me", "get"), async ({ principal }) => currentAccount(principal));
