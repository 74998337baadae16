import { apiRoute } from "@/lib/http/api";
import { reanchorEvidence } from "@/lib/services/evidence";

export const POST = apiRoute<{ id: string; evidenceId: string }>(async ({ principal, params, json }) =>
  reanchorEvidence(principal, params.evidenceId, await json(), params.id),
);
