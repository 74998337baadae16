import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { listStatements } from "@/lib/services/statements";

export const GET = apiRoute<{ id: string }>(
  operation("/sources/{id}/statements", "get"),
  async ({ principal, params }) => ({
    items: await listStatements(principal, { sourceId: params.id }),
  }),
);
