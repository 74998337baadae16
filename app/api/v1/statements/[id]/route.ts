import { apiRoute } from "@/lib/http/api";
import { getStatement, removeStatement } from "@/lib/services/statements";

export const GET = apiRoute<{ id: string }>(({ principal, params }) => getStatement(principal, params.id));
export const DELETE = apiRoute<{ id: string }>(({ principal, params }) => removeStatement(principal, params.id));
