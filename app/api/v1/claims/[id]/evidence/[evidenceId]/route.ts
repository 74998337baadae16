import { apiRoute } from "@/lib/http/api";
import { getEvidence, removeEvidence } from "@/lib/services/evidence";

export const GET = apiRoute<{ id: string; evidenceId: string }>(({ principal, params }) =>
  getEvidence(principal, params.id, params.evidenceId),
);
export const DELETE = apiRoute<{ id: string; evidenceId: string }>(({ principal, params }) =>
  removeEvidence(principal, params.evidenceId, params.id),
);
