import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { addEvidence, listEvidence } from "@/lib/services/evidence";

export const GET = apiRoute<{ id: string }>(operation("/claims/{id}/evidence", "get"), ({ principal, params }) =>
  listEvidence(principal, params.id),
);
export const POST = apiRoute<{ id: string }>(
  operation("/claims/{id}/evidence", "post"),
  async ({ principal, params, json }) => addEvidence(principal, params.id, await json()),
);
