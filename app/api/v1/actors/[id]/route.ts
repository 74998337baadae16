import { apiRoute } from "@/lib/http/api";
import { getActorProfile, updateActor } from "@/lib/services/actors";

export const GET = apiRoute<{ id: string }>(({ principal, params }) => getActorProfile(principal, params.id));
export const PATCH = apiRoute<{ id: string }>(async ({ principal, params, json }) =>
  updateActor(principal, params.id, await json()),
);
