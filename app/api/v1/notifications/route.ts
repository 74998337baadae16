import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { listNotifications } from "@/lib/services/notifications";

export const GET = apiRoute(operation("/notifications", "get"), ({ principal, req }) =>
  listNotifications(principal, { unreadOnly: searchParamsOf(req).unread === "1" }),
);
