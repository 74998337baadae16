import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { createRevision, listRevisions } from "@/lib/services/revisions";

export const GET = apiRoute<{ id: string }>(
  operation("/sources/{id}/revisions", "get"),
  async ({ principal, params }) => ({
    items: await listRevisions(principal, params.id),
  }),
);
export const POST = apiRoute<{ id: string }>(
  operation("/sources/{id}/revisions", "post"),
  async ({ principal, params, json }) => createRevision(principal, params.id, await json()),
);
