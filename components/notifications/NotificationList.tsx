import { markReadForm } from "@/lib/actions/team";
import { formatDate } from "@/lib/format";
import { NOTIFICATION_KIND_LABELS, type NotificationKind } from "@/lib/notify/kinds";
import { ActionButton } from "@/components/forms/ActionButton";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";

type Item = { id: string; kind: string; title: string; createdAt: Date; readAt: Date | null };

export function NotificationList({ items }: { items: Item[] }) {
  if (!items.length)
    return (
      <EmptyState title="Nothing here yet">
        <p>You will hear here when a claim is assigned to you, your review is asked for or someone mentions you.</p>
      </EmptyState>
    );
  return (
    <ul className="plain-list stack-tight">
      {items.map((n) => (
        <li key={n.id} data-testid="notification" data-unread={n.readAt ? undefined : "true"} className="panel">
          <div className="small muted">
            {!n.readAt && <Badge kind="status-in_review">New</Badge>}{" "}
            {NOTIFICATION_KIND_LABELS[n.kind as NotificationKind] ?? n.kind} · {formatDate(n.createdAt)}
          </div>
          {/* A plain link: opening marks it read, and Next's prefetch must not do that by itself. */}
          <a href={`/inbox/${n.id}`} style={{ fontWeight: n.readAt ? 400 : 600 }}>
            {n.title}
          </a>
          {!n.readAt && (
            <ActionButton
              action={markReadForm}
              fields={{ id: n.id }}
              label="Mark read"
              ariaLabel={`Mark read: ${n.title}`}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
