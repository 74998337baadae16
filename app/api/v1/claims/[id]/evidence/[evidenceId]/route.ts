import { apiRoute } from "@/lib/http/api";
import { getEvidence, removeEvidence, updateEvidence } from "@/lib/services/evidence";

export const GET = apiRoute<{ id: string; evidenceId: string }>(({ principal, params }) =>
  getEvidence(principal, params.id, params.evidenceId),
);
export const PATCH = apiRoute<{ id: string; evidenceId: string }>(async ({ principal, params, json }) =>
  updateEvidence(principal, params.evidenceId, await json(), params.id),
);
export const DELETE = apiRoute<{ id: string; evidenceId: string }>(({ principal, params }) =>
  removeEvidence(principal, params.evidenceId, params.id),
);
