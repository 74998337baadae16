import { apiRoute } from "@/lib/http/api";
import { getActorProfile } from "@/lib/services/actors";

export const GET = apiRoute<{ id: string }>(({ principal, params }) => getActorProfile(principal, params.id));
