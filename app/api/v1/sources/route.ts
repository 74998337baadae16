import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { createSource, listSources } from "@/lib/services/sources";

export const GET = apiRoute(({ req, principal }) => listSources(principal, searchParamsOf(req)));

export const POST = apiRoute(
  async ({ principal, json }) => {
    const source = await createSource(principal, await json());
    return { id: source.id, title: source.title, revision: source.revision };
  },
  { status: 201 },
);
