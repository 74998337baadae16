import { apiRoute } from "@/lib/http/api";
import { getSource } from "@/lib/services/sources";

export const GET = apiRoute<{ id: string }>(({ principal, params }) => getSource(principal, params.id));
