import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { listPossibleEvidence } from "@/lib/services/claim-matches";

export const GET = apiRoute<{ id: string }>(
  operation("/claims/{id}/possible-evidence", "get"),
  async ({ principal, params }) => ({
    items: await listPossibleEvidence(principal, params.id),
  }),
);
