// Webhooks against a real local HTTP receiver: Standard Webhooks signature, retry after a 500,
// nothing for unpublished claims, private addresses refused unless allowed, replay.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { claimVersion, draftClaim, REVIEW, team } from "@/lib/testing/card-fixtures";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/lib/testing/test-database";
import { correctCard, publishCard } from "./cards";
import { submitReview } from "./reviews";
import {
  createWebhookEndpoint,
  listDeliveries,
  processWebhookDeliveries,
  replayDelivery,
  saveWebhookSettings,
} from "./webhooks";
import { transitionClaim } from "./workflow";

const { db } = useTestDatabase();
// Each test registers its own endpoint and counts only what it is sent.
beforeEach(async () => {
  await (await db()).webhookEndpoint.deleteMany();
  received.length = 0;
});

type Received = { headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];
/** Status codes the receiver answers with, in order; 200 once they run out. */
const answers: number[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.statusCode = answers.shift() ?? 200;
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function publishedClaim() {
  const { analyst, reviewer, editor, admin } = await team();
  const { claim } = await draftClaim(analyst);
  await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
  await submitReview(reviewer, claim.id, REVIEW);
  return { claim, editor, admin, analyst };
}

describe("webhooks", () => {
  it("refuses private addresses until an admin allows them, and only admins register endpoints", async () => {
    const { admin, editor } = await team();
    await expect(createWebhookEndpoint(admin, { url, events: ["card.published"] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(createWebhookEndpoint(editor, { url, events: ["card.published"] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      createWebhookEndpoint(admin, { url: "http://hooks.example.org/x", events: ["card.published"] }),
    ).rejects.toBeInstanceOf(ValidationError);
    await saveWebhookSettings(admin, { allowPrivateAddresses: true });
    const endpoint = await createWebhookEndpoint(admin, { url, events: ["card.published", "card.corrected"] });
    expect(endpoint.secret).toMatch(/^whsec_/);
  });

  it("signs deliveries, retries after a 500 with backoff, logs codes, replays, and sends nothing for unpublished claims", async () => {
    const { admin } = await team();
    await saveWebhookSettings(admin, { allowPrivateAddresses: true });
    const endpoint = await createWebhookEndpoint(admin, {
      url,
      events: ["card.published", "card.corrected", "claim.status_changed"],
    });
    received.length = 0;
    const { claim, editor } = await publishedClaim();
    // Draft -> in review -> verdict proposed happened: nothing is queued or sent for an unpublished claim.
    await processWebhookDeliveries();
    expect(received).toEqual([]);
    expect((await listDeliveries(admin, endpoint.id)).deliveries).toEqual([]);

    const v = await claimVersion(claim.id);
    await publishCard(editor, claim.id, { version: v, headline: "Ferry at dawn (fictional)", ...REVIEW });
    answers.push(500, 500);
    const t0 = new Date();
    expect(await processWebhookDeliveries({ now: t0 })).toMatchObject({ delivered: 0 });
    expect(received).toHaveLength(2); // card.published and claim.status_changed, both answered 500
    // Not due yet: nothing is sent again before the backoff delay.
    await processWebhookDeliveries({ now: new Date(t0.getTime() + 1000) });
    expect(received).toHaveLength(2);
    await processWebhookDeliveries({ now: new Date(t0.getTime() + 6000) });
    expect(received).toHaveLength(4);

    const verifier = new Webhook(endpoint.secret);
    const last = received[3];
    const payload = verifier.verify(last.body, last.headers as Record<string, string>) as {
      type: string;
      data: Record<string, unknown>;
    };
    expect(["card.published", "claim.status_changed"]).toContain(payload.type);
    expect(payload.data).toMatchObject({ claimId: claim.id });
    expect(() =>
      new Webhook(`whsec_${Buffer.from("another secret entirely!").toString("base64")}`).verify(
        last.body,
        last.headers as Record<string, string>,
      ),
    ).toThrow();
    // The first try and the retry carry the same message id.
    expect(received.filter((r) => r.headers["webhook-id"] === last.headers["webhook-id"])).toHaveLength(2);

    const log = await listDeliveries(admin, endpoint.id);
    expect(log.deliveries.map((d) => [d.status, d.attemptLog.map((a) => a.statusCode)])).toEqual([
      ["delivered", [500, 200]],
      ["delivered", [500, 200]],
    ]);

    await replayDelivery(admin, log.deliveries[0].id);
    await processWebhookDeliveries();
    expect(received).toHaveLength(5);
    expect(received[4].headers["webhook-id"]).toBe(log.deliveries[0].messageId);

    await correctCard(editor, claim.id, { version: v + 1, note: "Time fixed." });
    await processWebhookDeliveries();
    const types = received.slice(5).map((r) => (JSON.parse(r.body) as { type: string }).type);
    expect(types.sort()).toEqual(["card.corrected", "claim.status_changed"]);
  });

  it("refuses to send to a private address once the switch is off again", async () => {
    const { admin } = await team();
    await saveWebhookSettings(admin, { allowPrivateAddresses: true });
    const endpoint = await createWebhookEndpoint(admin, { url, events: ["card.published"] });
    await saveWebhookSettings(admin, { allowPrivateAddresses: false });
    const { claim, editor } = await publishedClaim();
    const before = received.length;
    await publishCard(editor, claim.id, { version: await claimVersion(claim.id), headline: "Fictional", ...REVIEW });
    await processWebhookDeliveries();
    expect(received.length).toBe(before);
    const [delivery] = (await listDeliveries(admin, endpoint.id)).deliveries;
    expect(delivery.lastError).toMatch(/Private/);
  });
});
