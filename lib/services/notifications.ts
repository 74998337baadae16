// The in-app inbox and its optional e-mail copy. Events call `notify` inside their own transaction;
// e-mail goes out afterwards from a small outbox (Notification.email = "pending"). See ADR 0016.
import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Tx } from "@/lib/db/client";
import { readConnection } from "@/lib/db/read-connection";
import { NotFoundError } from "@/lib/errors";
import { configuredBaseUrl } from "@/lib/http/origin";
import { mailFrom, mailTransport, smtpConfigured } from "@/lib/mail/transport";
import { NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS, type NotificationKind } from "@/lib/notify/kinds";
import { runSoon } from "@/lib/notify/scheduler";
import { markReadInput, notificationSettingsInput } from "@/lib/validation/team";
import { parseInput } from "@/lib/validation/parse";

export type NotificationEvent = {
  kind: NotificationKind;
  /** Who caused it: never notified of their own action. */
  actor: Principal | null;
  title: string;
  link: string;
  claimId?: string | null;
};

/**
 * One notification per recipient (deduplicated, minus the actor and disabled accounts), as each
 * recipient's settings say: in the inbox (default), by e-mail (opt-in, only with SMTP configured), or not at all.
 * Titles name the thing and who acted, never a verdict or comment text, so blind review stays blind.
 */
export async function notify(tx: Tx, recipientIds: (string | null | undefined)[], event: NotificationEvent) {
  const ids = [...new Set(recipientIds.filter((id): id is string => !!id && id !== event.actor?.userId))];
  if (!ids.length) return 0;
  const [users, prefs] = await Promise.all([
    tx.user.findMany({ where: { id: { in: ids }, disabledAt: null }, select: { id: true } }),
    tx.notificationPreference.findMany({ where: { userId: { in: ids }, kind: event.kind } }),
  ]);
  const mail = smtpConfigured();
  let created = 0;
  for (const { id } of users) {
    const pref = prefs.find((p) => p.userId === id);
    const inApp = pref?.inApp ?? true;
    const email = mail && (pref?.email ?? false);
    if (!inApp && !email) continue;
    await tx.notification.create({
      data: {
        userId: id,
        kind: event.kind,
        title: event.title,
        link: event.link,
        claimId: event.claimId ?? null,
        actorName: event.actor?.name ?? null,
        // Mail-only notifications do not show as unread in the inbox.
        readAt: inApp ? null : new Date(),
        email: email ? "pending" : "none",
      },
    });
    created++;
  }
  if (mail) runSoon("email", sendPendingEmails);
  return created;
}

export async function unreadCount(principal: Principal | null): Promise<number> {
  if (!principal?.userId) return 0;
  // In SQL on the read connection: every staff page's header asks (ADR 0035, 0036).
  const [row] = await (
    await readConnection()
  ).sql<{ n: unknown }>`
    SELECT COUNT(*) AS "n" FROM "Notification" WHERE "userId" = ${principal.userId} AND "readAt" IS NULL`;
  return Number(row?.n ?? 0);
}

export async function listNotifications(principal: Principal | null, options: { unreadOnly?: boolean } = {}) {
  const user = requirePermission(principal, "staff:read");
  const db = await getDb();
  const items = await db.notification.findMany({
    where: { userId: user.userId, ...(options.unreadOnly ? { readAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      kind: true,
      title: true,
      link: true,
      claimId: true,
      actorName: true,
      createdAt: true,
      readAt: true,
    },
  });
  return { items, unread: await db.notification.count({ where: { userId: user.userId, readAt: null } }) };
}

/** Marks the caller's own notifications read (`ids`, or `all`); others' ids are ignored. */
export async function markNotificationsRead(principal: Principal | null, raw: unknown) {
  const user = requirePermission(principal, "staff:read");
  const { ids, all } = parseInput(markReadInput, raw);
  const db = await getDb();
  const { count } = await db.notification.updateMany({
    where: { userId: user.userId, readAt: null, ...(all ? {} : { id: { in: ids ?? [] } }) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}

/** Opening a notification marks it read and returns where it points. */
export async function openNotification(principal: Principal | null, id: string) {
  const user = requirePermission(principal, "staff:read");
  const db = await getDb();
  const item = await db.notification.findFirst({ where: { id, userId: user.userId } });
  if (!item) throw new NotFoundError("Notification");
  if (!item.readAt) await db.notification.update({ where: { id }, data: { readAt: new Date() } });
  return { link: item.link };
}

export async function notificationSettings(principal: Principal | null) {
  const user = requirePermission(principal, "staff:read");
  const db = await getDb();
  const rows = await db.notificationPreference.findMany({ where: { userId: user.userId } });
  return {
    emailAvailable: smtpConfigured(),
    settings: NOTIFICATION_KINDS.map((kind) => {
      const row = rows.find((r) => r.kind === kind);
      return { kind, label: NOTIFICATION_KIND_LABELS[kind], inApp: row?.inApp ?? true, email: row?.email ?? false };
    }),
  };
}

export async function saveNotificationSettings(principal: Principal | null, raw: unknown) {
  const user = requirePermission(principal, "staff:read");
  const { settings } = parseInput(notificationSettingsInput, raw);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    for (const { kind, inApp, email } of settings)
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: user.userId, kind } },
        create: { userId: user.userId, kind, inApp, email: email ?? false },
        update: email === undefined ? { inApp } : { inApp, email },
      });
  });
  return notificationSettings(user);
}

/**
 * Sends queued e-mail copies; each is claimed first so two processes never send one twice.
 * @unchecked A background job of the server (runSoon after a notification): acts for no user.
 */
export async function sendPendingEmails(baseUrl = configuredBaseUrl()) {
  const transport = mailTransport();
  if (!transport) return { sent: 0, failed: 0 };
  const db = await getDb();
  const pending = await db.notification.findMany({
    where: { email: "pending" },
    take: 50,
    include: { user: { select: { email: true, name: true } } },
  });
  let sent = 0;
  let failed = 0;
  for (const n of pending) {
    const { count } = await db.notification.updateMany({
      where: { id: n.id, email: "pending" },
      data: { email: "sending" },
    });
    if (!count) continue;
    try {
      await transport.sendMail({
        from: mailFrom(),
        to: { name: n.user.name, address: n.user.email },
        subject: `[Claimdesk] ${n.title}`,
        text: `${n.title}\n\n${baseUrl.replace(/\/$/, "")}${n.link}\n\nYou get this because of your notification settings in Claimdesk.`,
      });
      await db.notification.update({ where: { id: n.id }, data: { email: "sent" } });
      sent++;
    } catch (error) {
      console.error("Notification e-mail failed", error);
      await db.notification.update({ where: { id: n.id }, data: { email: "failed" } });
      failed++;
    }
  }
  return { sent, failed };
}
