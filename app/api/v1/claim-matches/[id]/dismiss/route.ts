import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { dismissClaimMatch } from "@/lib/services/claim-matches";

export const POST = apiRoute<{ id: string }>(
  operation("/claim-matches/{id}/dismiss", "post"),
  async ({ principal, params }) => dismissClaimMatch(principal, params.id),
);
