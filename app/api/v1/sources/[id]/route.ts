import { apiRoute } from "@/lib/http/api";
import { getSource, updateSource } from "@/lib/services/sources";

export const GET = apiRoute<{ id: string }>(({ principal, params }) => getSource(principal, params.id));
export const PATCH = apiRoute<{ id: string }>(async ({ principal, params, json }) =>
  updateSource(principal, params.id, await json()),
);
