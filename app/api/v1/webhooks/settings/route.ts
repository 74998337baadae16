import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { saveWebhookSettings, webhookSettings } from "@/lib/services/webhooks";

export const GET = apiRoute(operation("/webhooks/settings", "get"), ({ principal }) => webhookSettings(principal));
export const PUT = apiRoute(operation("/webhooks/settings", "put"), async ({ principal, json }) =>
  saveWebhookSettings(principal, await json()),
);
