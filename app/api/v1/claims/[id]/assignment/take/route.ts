import { apiRoute } from "@/lib/http/api";
import { takeClaim } from "@/lib/services/assignments";

export const POST = apiRoute<{ id: string }>(({ principal, params }) => takeClaim(principal, params.id));
