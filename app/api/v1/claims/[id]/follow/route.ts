import { apiRoute } from "@/lib/http/api";
import { setFollowing } from "@/lib/services/assignments";

export const PUT = apiRoute<{ id: string }>(({ principal, params }) => setFollowing(principal, params.id, true));
export const DELETE = apiRoute<{ id: string }>(({ principal, params }) => setFollowing(principal, params.id, false));
