import { apiRoute } from "@/lib/http/api";
import { saveWebhookSettings, webhookSettings } from "@/lib/services/webhooks";

export const GET = apiRoute(({ principal }) => webhookSettings(principal));
export const PUT = apiRoute(async ({ principal, json }) => saveWebhookSettings(principal, await json()));
