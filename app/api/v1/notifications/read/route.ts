import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { markNotificationsRead } from "@/lib/services/notifications";

export const POST = apiRoute(operation("/notifications/read", "post"), async ({ principal, json }) =>
  markNotificationsRead(principal, await json()),
);
