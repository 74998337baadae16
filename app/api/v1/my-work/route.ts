import { apiRoute } from "@/lib/http/api";
import { myWork } from "@/lib/services/assignments";

export const GET = apiRoute(({ principal }) => myWork(principal));
