import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { deskActivity } from "@/lib/services/activity";

export const GET = apiRoute(operation("/activity", "get"), ({ principal, req }) =>
  deskActivity(principal, searchParamsOf(req)),
);
