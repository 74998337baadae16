import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { deleteWebhookForm, replayDeliveryForm } from "@/lib/actions/team";
import { formatDate } from "@/lib/format";
import { WEBHOOK_EVENT_LABELS, type WebhookEvent } from "@/lib/notify/kinds";
import { listDeliveries, listWebhookEndpoints, webhookSettings } from "@/lib/services/webhooks";
import { ActionButton } from "@/components/forms/ActionButton";
import { AccessDenied } from "@/components/ui/AccessDenied";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { NewWebhookForm, WebhookSettingsForm } from "@/components/webhooks/WebhookForms";

export const metadata: Metadata = { title: "Webhooks" };

const STATUS_LABELS: Record<string, string> = { pending: "Waiting to send", delivered: "Delivered", failed: "Failed" };

export default async function WebhooksPage() {
  const { principal, denied } = await pageGate("settings:manage", "/admin/webhooks");
  if (denied) return <AccessDenied message="Only admins manage webhooks." />;
  const [endpoints, settings] = await Promise.all([listWebhookEndpoints(principal), webhookSettings(principal)]);
  const logs = await Promise.all(endpoints.map((e) => listDeliveries(principal, e.id)));
  return (
    <div className="grid-2">
      <div className="stack">
        <h1>Webhooks</h1>
        <p className="muted small">
          Signed with the Standard Webhooks scheme (headers webhook-id, webhook-timestamp, webhook-signature). Only
          published claims are ever sent. Failed deliveries are retried with growing delays.
        </p>
        {endpoints.length === 0 ? (
          <EmptyState title="No endpoints yet">
            <p>Add one to tell another system when cards are published or corrected.</p>
          </EmptyState>
        ) : (
          logs.map(({ endpoint, deliveries }) => (
            <section key={endpoint.id} className="panel stack-tight" aria-label={`Endpoint ${endpoint.url}`}>
              <h2 style={{ marginTop: 0, wordBreak: "break-all" }}>{endpoint.url}</h2>
              {endpoint.description && <p>{endpoint.description}</p>}
              <p className="small">{endpoint.events.map((e) => WEBHOOK_EVENT_LABELS[e]).join(", ")}</p>
              <ActionButton action={deleteWebhookForm} fields={{ id: endpoint.id }} label="Remove endpoint" />
              {deliveries.length === 0 ? (
                <p className="muted small">Nothing sent yet.</p>
              ) : (
                <table className="list">
                  <thead>
                    <tr>
                      <th>Event</th>
                      <th>Status</th>
                      <th>Responses</th>
                      <th>Queued</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {deliveries.map((d) => (
                      <tr key={d.id}>
                        <td>{WEBHOOK_EVENT_LABELS[d.event as WebhookEvent] ?? d.event}</td>
                        <td>
                          <Badge kind={d.status === "failed" ? "needs-review" : "weak"}>
                            {STATUS_LABELS[d.status] ?? d.status}
                          </Badge>
                          {d.lastError && <div className="small muted">{d.lastError}</div>}
                        </td>
                        <td className="small">
                          {d.attemptLog.map((a) => a.statusCode ?? "no answer").join(", ") || "—"}
                        </td>
                        <td className="small">{formatDate(d.createdAt)}</td>
                        <td>
                          <ActionButton action={replayDeliveryForm} fields={{ id: d.id }} label="Send again" />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))
        )}
      </div>
      <aside className="panel stack">
        <h2 style={{ marginTop: 0 }}>Add an endpoint</h2>
        <NewWebhookForm />
        <h2>Settings</h2>
        <WebhookSettingsForm allowPrivateAddresses={settings.allowPrivateAddresses} />
      </aside>
    </div>
  );
}
