import { apiRoute } from "@/lib/http/api";
import { listDeliveries } from "@/lib/services/webhooks";

export const GET = apiRoute<{ id: string }>(({ principal, params }) => listDeliveries(principal, params.id));
