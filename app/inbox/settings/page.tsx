import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { notificationSettings } from "@/lib/services/notifications";
import { NotificationSettingsForm } from "@/components/notifications/SettingsForm";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const { principal } = await pageGate("staff:read", "/inbox/settings");
  const { settings, emailAvailable } = await notificationSettings(principal);
  return (
    <div className="stack">
      <h1>Notification settings</h1>
      <NotificationSettingsForm settings={settings} emailAvailable={emailAvailable} />
    </div>
  );
}
