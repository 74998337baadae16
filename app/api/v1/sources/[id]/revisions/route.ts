import { apiRoute } from "@/lib/http/api";
import { createRevision, listRevisions } from "@/lib/services/revisions";

export const GET = apiRoute<{ id: string }>(async ({ principal, params }) => ({
  items: await listRevisions(principal, params.id),
}));
export const POST = apiRoute<{ id: string }>(
  async ({ principal, params, json }) => createRevision(principal, params.id, await json()),
  { status: 201 },
);
