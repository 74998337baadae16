import { apiRoute } from "@/lib/http/api";
import { createWebhookEndpoint, listWebhookEndpoints } from "@/lib/services/webhooks";

export const GET = apiRoute(async ({ principal }) => ({ endpoints: await listWebhookEndpoints(principal) }));
// The answer includes the signing secret; it is not shown again.
export const POST = apiRoute(async ({ principal, json }) => createWebhookEndpoint(principal, await json()), {
  status: 201,
});
