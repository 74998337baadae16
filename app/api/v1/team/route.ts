import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { teamMembers } from "@/lib/services/assignments";

export const GET = apiRoute(operation("/team", "get"), async ({ principal }) => ({
  members: await teamMembers(principal),
}));
