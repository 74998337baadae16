import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { replayDelivery } from "@/lib/services/webhooks";

export const POST = apiRoute<{ id: string }>(
  operation("/webhooks/deliveries/{id}/replay", "post"),
  ({ principal, params }) => replayDelivery(principal, params.id),
);
