import { apiRoute } from "@/lib/http/api";
import { replayDelivery } from "@/lib/services/webhooks";

export const POST = apiRoute<{ id: string }>(({ principal, params }) => replayDelivery(principal, params.id));
