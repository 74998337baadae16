import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { listDeliveries } from "@/lib/services/webhooks";

export const GET = apiRoute<{ id: string }>(operation("/webhooks/{id}/deliveries", "get"), ({ principal, params }) =>
  listDeliveries(principal, params.id),
);
