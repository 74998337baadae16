// Optional e-mail copies through a real SMTP server started here (smtp-server), never required.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftClaim, team } from "@/lib/testing/card-fixtures";
import { useTestDatabase } from "@/lib/testing/test-database";
import { assignClaim } from "./assignments";
import { notificationSettings, saveNotificationSettings, sendPendingEmails } from "./notifications";

const { db } = useTestDatabase();
const mails: { to: string[]; data: string }[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (c) => (data += c));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  process.env.CLAIMDESK_SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  delete process.env.CLAIMDESK_SMTP_URL;
  await new Promise<void>((r) => server.close(() => r()));
});

describe("notification e-mail", () => {
  it("mails only people who opted in, once, and keeps the in-app copy", async () => {
    const { analyst, editor } = await team();
    const other = (await team()).analyst;
    expect((await notificationSettings(analyst)).emailAvailable).toBe(true);
    await saveNotificationSettings(analyst, { settings: [{ kind: "assigned", inApp: true, email: true }] });
    const a = (await draftClaim(editor)).claim;
    const b = (await draftClaim(editor)).claim;
    await assignClaim(editor, a.id, { assigneeId: analyst.userId });
    await assignClaim(editor, b.id, { assigneeId: other.userId });
    expect(await sendPendingEmails("http://desk.example")).toEqual({ sent: 1, failed: 0 });
    expect(await sendPendingEmails("http://desk.example")).toEqual({ sent: 0, failed: 0 });
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual([analyst.email]);
    expect(mails[0].data).toContain(`http://desk.example/claims/${a.id}`);
    const rows = await (
      await db()
    ).notification.findMany({ where: { userId: { in: [analyst.userId, other.userId] } } });
    expect(rows.map((r) => [r.userId === analyst.userId, r.email, r.readAt]).sort()).toEqual([
      [false, "none", null],
      [true, "sent", null],
    ]);
  });
});
