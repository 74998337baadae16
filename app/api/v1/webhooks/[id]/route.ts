import { apiRoute } from "@/lib/http/api";
import { deleteWebhookEndpoint } from "@/lib/services/webhooks";

export const DELETE = apiRoute<{ id: string }>(({ principal, params }) => deleteWebhookEndpoint(principal, params.id));
