import { apiRoute } from "@/lib/http/api";
import { notificationSettings, saveNotificationSettings } from "@/lib/services/notifications";

export const GET = apiRoute(({ principal }) => notificationSettings(principal));
export const PUT = apiRoute(async ({ principal, json }) => saveNotificationSettings(principal, await json()));
