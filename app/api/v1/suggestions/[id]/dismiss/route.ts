import { apiRoute } from "@/lib/http/api";
import { dismissSuggestion } from "@/lib/services/suggestions";

export const POST = apiRoute<{ id: string }>(({ principal, params }) => dismissSuggestion(principal, params.id));
