// Signed webhooks for published claims (ADR 0016). Events are written to an outbox (WebhookDelivery)
// inside the transaction that caused them and sent afterwards in the background, Standard Webhooks
// style: webhook-id, webhook-timestamp and webhook-signature (HMAC-SHA256 of "id.timestamp.body").
import "server-only";
import { randomBytes } from "node:crypto";
import { lookup } from "node:dns/promises";
import { Webhook } from "standardwebhooks";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { isPrivateAddress, webhookUrlProblem } from "@/lib/notify/addresses";
import { MAX_ATTEMPTS, nextAttemptAfter } from "@/lib/notify/backoff";
import { stringsIn } from "@/lib/json-lists";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/notify/kinds";
import { runSoon } from "@/lib/notify/scheduler";
import { parseInput } from "@/lib/validation/parse";
import { webhookEndpointInput, webhookSettingsInput } from "@/lib/validation/team";
import { recordAudit } from "./audit";

const ALLOW_PRIVATE_KEY = "webhooks.allowPrivateAddresses";
const TIMEOUT_MS = 10_000;
/** A claimed delivery is not picked up by another worker for this long. */
const LEASE_MS = 60_000;

async function allowsPrivate(db: Db | Tx) {
  return (await db.setting.findUnique({ where: { key: ALLOW_PRIVATE_KEY } }))?.value === "1";
}

export async function webhookSettings(principal: Principal | null) {
  requirePermission(principal, "settings:manage");
  return { allowPrivateAddresses: await allowsPrivate(await getDb()) };
}

export async function saveWebhookSettings(principal: Principal | null, raw: unknown) {
  const admin = requirePermission(principal, "settings:manage");
  const { allowPrivateAddresses } = parseInput(webhookSettingsInput, raw);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const value = allowPrivateAddresses ? "1" : "0";
    await tx.setting.upsert({
      where: { key: ALLOW_PRIVATE_KEY },
      create: { key: ALLOW_PRIVATE_KEY, value },
      update: { value },
    });
    await recordAudit(tx, admin, {
      entityType: "webhook",
      entityId: "settings",
      action: "settings",
      after: { allowPrivateAddresses },
    });
  });
  return { allowPrivateAddresses };
}

const endpointSelect = { id: true, url: true, description: true, events: true, active: true, createdAt: true } as const;
const isWebhookEvent = (event: string): event is WebhookEvent => WEBHOOK_EVENTS.some((known) => known === event);
const shapeEndpoint = <T extends { events: unknown }>(e: T) => ({
  ...e,
  events: stringsIn(e.events).filter(isWebhookEvent),
});

/** Registers an endpoint; the signing secret is shown once, in this answer. */
export async function createWebhookEndpoint(principal: Principal | null, raw: unknown) {
  const admin = requirePermission(principal, "settings:manage");
  const input = parseInput(webhookEndpointInput, raw);
  const db = await getDb();
  const problem = webhookUrlProblem(input.url, await allowsPrivate(db));
  if (problem) throw new ValidationError(problem, { url: [problem] });
  const secret = `whsec_${randomBytes(24).toString("base64")}`;
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: {
        url: input.url,
        description: input.description ?? null,
        events: input.events,
        secret,
        createdById: admin.userId || null,
      },
      select: endpointSelect,
    });
    await recordAudit(tx, admin, {
      entityType: "webhook",
      entityId: endpoint.id,
      action: "create",
      after: { url: input.url, events: input.events },
    });
    return { ...shapeEndpoint(endpoint), secret };
  });
}

export async function listWebhookEndpoints(principal: Principal | null) {
  requirePermission(principal, "settings:manage");
  const db = await getDb();
  const endpoints = await db.webhookEndpoint.findMany({ orderBy: { createdAt: "asc" }, select: endpointSelect });
  return endpoints.map(shapeEndpoint);
}

export async function deleteWebhookEndpoint(principal: Principal | null, id: string) {
  const admin = requirePermission(principal, "settings:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id } });
    if (!endpoint) throw new NotFoundError("Webhook endpoint");
    await tx.webhookEndpoint.delete({ where: { id } });
    await recordAudit(tx, admin, {
      entityType: "webhook",
      entityId: id,
      action: "delete",
      before: { url: endpoint.url },
    });
    return { id, deleted: true };
  });
}

/** The delivery log of one endpoint, newest first, with every attempt's response code. */
export async function listDeliveries(principal: Principal | null, endpointId: string) {
  requirePermission(principal, "settings:manage");
  const db = await getDb();
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: endpointSelect });
  if (!endpoint) throw new NotFoundError("Webhook endpoint");
  const deliveries = await db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      messageId: true,
      event: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastStatusCode: true,
      lastError: true,
      createdAt: true,
      deliveredAt: true,
      attemptLog: { orderBy: { at: "asc" }, select: { at: true, statusCode: true, error: true, durationMs: true } },
    },
  });
  return { endpoint: shapeEndpoint(endpoint), deliveries };
}

/** Sends a delivery again (same message id, so receivers can tell it is the same event). */
export async function replayDelivery(principal: Principal | null, deliveryId: string) {
  const admin = requirePermission(principal, "settings:manage");
  const db = await getDb();
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId } });
  if (!delivery) throw new NotFoundError("Webhook delivery");
  await db.$transaction(async (tx) => {
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: "pending", attempts: 0, nextAttemptAt: new Date() },
    });
    await recordAudit(tx, admin, {
      entityType: "webhook",
      entityId: delivery.endpointId,
      action: "replay",
      after: { deliveryId },
    });
  });
  runSoon("webhooks", () => processWebhookDeliveries());
  return { id: deliveryId, status: "pending" };
}

// ---------------------------------------------------------------- the outbox

/**
 * Queues `event` for every active endpoint subscribed to it. Call inside the transaction that made
 * the change, and only for published claims: callers decide that (lib/services/team-events.ts).
 */
export async function enqueueWebhook(tx: Tx, event: WebhookEvent, claimId: string, data: Record<string, unknown>) {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { active: true }, select: { id: true, events: true } });
  const subscribed = endpoints.filter((e) => stringsIn(e.events).includes(event));
  if (!subscribed.length) return 0;
  const timestamp = new Date().toISOString();
  for (const endpoint of subscribed) {
    const messageId = `msg_${randomBytes(12).toString("hex")}`;
    await tx.webhookDelivery.create({
      data: {
        endpointId: endpoint.id,
        messageId,
        event,
        claimId,
        payload: JSON.stringify({ type: event, timestamp, data }),
      },
    });
  }
  runSoon("webhooks", () => processWebhookDeliveries());
  return subscribed.length;
}

type Fetch = typeof fetch;

/** Refuses private destinations at send time too (a public name may resolve to a private address). */
async function destinationProblem(url: string, allowPrivate: boolean): Promise<string | null> {
  const problem = webhookUrlProblem(url, allowPrivate);
  if (problem || allowPrivate) return problem;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const addresses = await lookup(host, { all: true }).catch(() => []);
  if (!addresses.length) return `Could not resolve ${host}.`;
  return addresses.some((a) => isPrivateAddress(a.address)) ? `${host} resolves to a private address; refused.` : null;
}

async function attempt(url: string, secret: string, messageId: string, body: string, fetchImpl: Fetch, now: Date) {
  const headers = {
    "content-type": "application/json",
    "user-agent": "Claimdesk-Webhooks/1",
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(messageId, now, body),
  };
  const res = await fetchImpl(url, {
    method: "POST",
    headers,
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await res.body?.cancel().catch(() => {});
  return res.status;
}

/**
 * Sends every delivery that is due, recording each attempt. 2xx is delivered; anything else is
 * retried with backoff until MAX_ATTEMPTS, then marked failed (an admin can replay it).
 * @unchecked A background job of the server (runSoon after an enqueue, `cli webhook process`): acts for no user.
 */
export async function processWebhookDeliveries(options: { now?: Date; fetchImpl?: Fetch } = {}) {
  const now = options.now ?? new Date();
  const fetchImpl = options.fetchImpl ?? fetch;
  const db = await getDb();
  const due = await db.webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: 20,
    include: { endpoint: true },
  });
  const allowPrivate = await allowsPrivate(db);
  let delivered = 0;
  for (const d of due) {
    const { count } = await db.webhookDelivery.updateMany({
      where: { id: d.id, status: "pending", attempts: d.attempts },
      data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
    });
    if (!count) continue;
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = await destinationProblem(d.endpoint.url, allowPrivate);
    if (!error) {
      try {
        statusCode = await attempt(d.endpoint.url, d.endpoint.secret, d.messageId, d.payload, fetchImpl, now);
        if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
    }
    const attempts = d.attempts + 1;
    const retryAt = error ? nextAttemptAfter(attempts, now) : null;
    await db.$transaction([
      db.webhookAttempt.create({
        data: { deliveryId: d.id, statusCode, error, durationMs: Date.now() - started, at: now },
      }),
      db.webhookDelivery.update({
        where: { id: d.id },
        data: {
          attempts,
          lastStatusCode: statusCode,
          lastError: error,
          status: !error ? "delivered" : retryAt ? "pending" : "failed",
          nextAttemptAt: retryAt ?? now,
          deliveredAt: error ? null : now,
        },
      }),
    ]);
    if (!error) delivered++;
  }
  return { attempted: due.length, delivered };
}

export { MAX_ATTEMPTS };
