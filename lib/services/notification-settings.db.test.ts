// Notification settings saved while e-mail is not configured keep each person's e-mail choice.
import { describe, expect, it } from "vitest";
import { team } from "@/lib/testing/card-fixtures";
import { useTestDatabase } from "@/lib/testing/test-database";
import { notificationSettings, saveNotificationSettings } from "./notifications";

useTestDatabase();

const assigned = async (principal: Parameters<typeof notificationSettings>[0]) =>
  (await notificationSettings(principal)).settings.find((s) => s.kind === "assigned");

describe("notification settings", () => {
  it("keeps the stored e-mail choice when a save leaves e-mail out, and changes it when given", async () => {
    const { analyst } = await team();
    await saveNotificationSettings(analyst, { settings: [{ kind: "assigned", inApp: true, email: true }] });
    await saveNotificationSettings(analyst, { settings: [{ kind: "assigned", inApp: false }] });
    expect(await assigned(analyst)).toMatchObject({ inApp: false, email: true });
    await saveNotificationSettings(analyst, { settings: [{ kind: "assigned", inApp: true, email: false }] });
    expect(await assigned(analyst)).toMatchObject({ inApp: true, email: false });
  });

  it("starts e-mail off for a kind first saved without it", async () => {
    const { analyst } = await team();
    await saveNotificationSettings(analyst, { settings: [{ kind: "mentioned", inApp: true }] });
    const mentioned = (await notificationSettings(analyst)).settings.find((s) => s.kind === "mentioned");
    expect(mentioned).toMatchObject({ inApp: true, email: false });
  });
});
