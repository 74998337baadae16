import { IntentLink } from "@/components/layout/IntentLink";

/** "Inbox" in the header with the unread count. */
export function InboxLink({ unread }: { unread: number }) {
  return (
    <IntentLink
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
    </IntentLink>
  );
}
