import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { myWork } from "@/lib/services/assignments";

export const GET = apiRoute(operation("/my-work", "get"), ({ principal }) => myWork(principal));
