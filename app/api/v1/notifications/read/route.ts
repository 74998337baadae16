import { apiRoute } from "@/lib/http/api";
import { markNotificationsRead } from "@/lib/services/notifications";

export const POST = apiRoute(async ({ principal, json }) => markNotificationsRead(principal, await json()));
