import { apiRoute } from "@/lib/http/api";
import { teamMembers } from "@/lib/services/assignments";

export const GET = apiRoute(async ({ principal }) => ({ members: await teamMembers(principal) }));
