import { apiRoute } from "@/lib/http/api";
import { addAlias } from "@/lib/services/actors";

export const POST = apiRoute<{ id: string }>(
  async ({ principal, params, json }) => addAlias(principal, params.id, await json()),
  { status: 201 },
);
