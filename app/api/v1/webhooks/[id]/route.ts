import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { deleteWebhookEndpoint } from "@/lib/services/webhooks";

export const DELETE = apiRoute<{ id: string }>(operation("/webhooks/{id}", "delete"), ({ principal, params }) =>
  deleteWebhookEndpoint(principal, params.id),
);
