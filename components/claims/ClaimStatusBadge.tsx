import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/validation/claims";
import { Badge } from "@/components/ui/Badge";

export function ClaimStatusBadge({ status }: { status: string }) {
  return <Badge kind={`status-${status}`}>{CLAIM_STATUS_LABELS[status as ClaimStatus] ?? status}</Badge>;
}
