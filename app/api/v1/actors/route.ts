import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { createActor, listActors } from "@/lib/services/actors";

export const GET = apiRoute(({ req, principal }) => listActors(principal, searchParamsOf(req)));
export const POST = apiRoute(async ({ principal, json }) => createActor(principal, await json()), { status: 201 });
