import Link from "next/link";
import type { Principal } from "@/lib/auth/principal";
import { unreadCount } from "@/lib/services/notifications";

/** "Inbox" in the header with the unread count. */
export async function InboxLink({ principal }: { principal: Principal }) {
  const unread = await unreadCount(principal);
  return (
    <Link
      href="/inbox"
      className="inbox-link"
      style={{ color: "#d6e2f0" }}
      aria-label={unread ? `Inbox, ${unread} unread` : "Inbox, nothing unread"}
    >
      Inbox
      {unread > 0 && (
        <span className="badge unread-badge" data-testid="unread-badge" style={{ marginLeft: 4 }}>
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
