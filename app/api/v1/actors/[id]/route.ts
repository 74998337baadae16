import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { getActorProfile, updateActor } from "@/lib/services/actors";

export const GET = apiRoute<{ id: string }>(operation("/actors/{id}", "get"), ({ principal, params }) =>
  getActorProfile(principal, params.id),
);
export const PATCH = apiRoute<{ id: string }>(operation("/actors/{id}", "patch"), async ({ principal, params, json }) =>
  updateActor(principal, params.id, await json()),
);
