import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { reanchorEvidence } from "@/lib/services/evidence";

export const POST = apiRoute<{ id: string; evidenceId: string }>(
  operation("/claims/{id}/evidence/{evidenceId}/reanchor", "post"),
  async ({ principal, params, json }) => reanchorEvidence(principal, params.evidenceId, await json(), params.id),
);
