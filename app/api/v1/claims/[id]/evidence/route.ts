import { apiRoute } from "@/lib/http/api";
import { addEvidence, listEvidence } from "@/lib/services/evidence";

export const GET = apiRoute<{ id: string }>(({ principal, params }) => listEvidence(principal, params.id));
export const POST = apiRoute<{ id: string }>(
  async ({ principal, params, json }) => addEvidence(principal, params.id, await json()),
  { status: 201 },
);
