import { apiRoute } from "@/lib/http/api";
import { dismissClaimMatch } from "@/lib/services/claim-matches";

export const POST = apiRoute<{ id: string }>(async ({ principal, params }) => dismissClaimMatch(principal, params.id));
