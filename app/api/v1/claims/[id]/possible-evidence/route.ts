import { apiRoute } from "@/lib/http/api";
import { listPossibleEvidence } from "@/lib/services/claim-matches";

export const GET = apiRoute<{ id: string }>(async ({ principal, params }) => ({
  items: await listPossibleEvidence(principal, params.id),
}));
