import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { claimAuditLog } from "@/lib/services/audit-log";

export const GET = apiRoute<{ id: string }>(operation("/claims/{id}/audit", "get"), ({ principal, params }) =>
  claimAuditLog(principal, params.id),
);
