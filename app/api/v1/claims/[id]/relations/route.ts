import { apiRoute } from "@/lib/http/api";
import { addClaimRelation, listClaimRelations } from "@/lib/services/claims";

export const GET = apiRoute<{ id: string }>(async ({ principal, params }) => ({
  items: await listClaimRelations(principal, params.id),
}));
export const POST = apiRoute<{ id: string }>(
  async ({ principal, params, json }) => addClaimRelation(principal, params.id, await json()),
  { status: 201 },
);
