import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { ActivityItem, ActivityKind } from "@/lib/services/activity";
import { Badge } from "@/components/ui/Badge";

const KIND_LABELS: Record<ActivityKind, string> = {
  status: "Status",
  review: "Review",
  publication: "Published",
  comment: "Comment",
  assignment: "Assignment",
  edit: "Change",
};

export function Timeline({ items, showClaim = false }: { items: ActivityItem[]; showClaim?: boolean }) {
  if (!items.length) return <p className="muted small">Nothing has happened yet.</p>;
  return (
    <ol className="plain-list stack-tight" data-testid="timeline">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`}>
          <Badge kind="weak">{KIND_LABELS[item.kind]}</Badge> <strong>{item.who}</strong> {item.text}
          {showClaim && item.claim && (
            <>
              {" "}
              on <Link href={`/claims/${item.claim.id}`}>{item.claim.text}</Link>
            </>
          )}
          <div className="small muted">{formatDate(item.at)}</div>
        </li>
      ))}
    </ol>
  );
}
