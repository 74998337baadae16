import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { createWebhookEndpoint, listWebhookEndpoints } from "@/lib/services/webhooks";

export const GET = apiRoute(operation("/webhooks", "get"), async ({ principal }) => ({
  endpoints: await listWebhookEndpoints(principal),
}));
// The answer includes the signing secret; it is not shown again.
export const POST = apiRoute(operation("/webhooks", "post"), async ({ principal, json }) =>
  createWebhookEndpoint(principal, await json()),
);
