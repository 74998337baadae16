import { apiRoute } from "@/lib/http/api";
import { listStatements } from "@/lib/services/statements";

export const GET = apiRoute<{ id: string }>(async ({ principal, params }) => ({
  items: await listStatements(principal, { sourceId: params.id }),
}));
