import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { takeClaim } from "@/lib/services/assignments";

export const POST = apiRoute<{ id: string }>(
  operation("/claims/{id}/assignment/take", "post"),
  ({ principal, params }) => takeClaim(principal, params.id),
);
