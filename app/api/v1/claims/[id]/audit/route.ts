import { apiRoute } from "@/lib/http/api";
import { claimAuditLog } from "@/lib/services/audit-log";

export const GET = apiRoute<{ id: string }>(({ principal, params }) => claimAuditLog(principal, params.id));
