import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { deskActivity } from "@/lib/services/activity";

export const GET = apiRoute(({ principal, req }) => deskActivity(principal, searchParamsOf(req)));
