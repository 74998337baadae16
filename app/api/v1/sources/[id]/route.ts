import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { getSource, updateSource } from "@/lib/services/sources";

export const GET = apiRoute<{ id: string }>(operation("/sources/{id}", "get"), ({ principal, params }) =>
  getSource(principal, params.id),
);
export const PATCH = apiRoute<{ id: string }>(
  operation("/sources/{id}", "patch"),
  async ({ principal, params, json }) => updateSource(principal, params.id, await json()),
);
