import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/guard";
import { markReadForm } from "@/lib/actions/team";
import { listNotifications } from "@/lib/services/notifications";
import { NotificationList } from "@/components/notifications/NotificationList";
import { ActionButton } from "@/components/forms/ActionButton";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const { principal } = await pageGate("staff:read", "/inbox");
  const { items, unread } = await listNotifications(principal);
  return (
    <div className="stack">
      <div className="page-head">
        <h1>Inbox</h1>
        <div className="row-actions">
          {unread > 0 && <ActionButton action={markReadForm} fields={{}} label="Mark all read" />}
          <Link href="/inbox/settings">Notification settings</Link>
        </div>
      </div>
      <p className="muted small">{unread ? `${unread} unread` : "All read."}</p>
      <NotificationList items={items} />
    </div>
  );
}
