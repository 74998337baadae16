import { apiRoute } from "@/lib/http/api";
import { reanchorStatement } from "@/lib/services/statements";

export const POST = apiRoute<{ id: string }>(async ({ principal, params, json }) =>
  reanchorStatement(principal, params.id, await json()),
);
