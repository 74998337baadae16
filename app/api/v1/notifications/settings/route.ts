import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { notificationSettings, saveNotificationSettings } from "@/lib/services/notifications";

export const GET = apiRoute(operation("/notifications/settings", "get"), ({ principal }) =>
  notificationSettings(principal),
);
export const PUT = apiRoute(operation("/notifications/settings", "put"), async ({ principal, json }) =>
  saveNotificationSettings(principal, await json()),
);
