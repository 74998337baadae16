import { apiRoute } from "@/lib/http/api";
import { assignClaim, getAssignment } from "@/lib/services/assignments";

export const GET = apiRoute<{ id: string }>(({ principal, params }) => getAssignment(principal, params.id));

export const PUT = apiRoute<{ id: string }>(async ({ principal, params, json }) =>
  assignClaim(principal, params.id, await json()),
);
