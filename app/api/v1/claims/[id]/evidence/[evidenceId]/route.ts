import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { getEvidence, removeEvidence, updateEvidence } from "@/lib/services/evidence";

export const GET = apiRoute<{ id: string; evidenceId: string }>(
  operation("/claims/{id}/evidence/{evidenceId}", "get"),
  ({ principal, params }) => getEvidence(principal, params.id, params.evidenceId),
);
export const PATCH = apiRoute<{ id: string; evidenceId: string }>(
  operation("/claims/{id}/evidence/{evidenceId}", "patch"),
  async ({ principal, params, json }) => updateEvidence(principal, params.evidenceId, await json(), params.id),
);
export const DELETE = apiRoute<{ id: string; evidenceId: string }>(
  operation("/claims/{id}/evidence/{evidenceId}", "delete"),
  ({ principal, params }) => removeEvidence(principal, params.evidenceId, params.id),
);
