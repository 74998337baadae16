import { parseArgs } from "node:util";
import { CLI_OPERATOR } from "@/lib/auth/principal";
import { ValidationError } from "@/lib/errors";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listDeliveries,
  listWebhookEndpoints,
  processWebhookDeliveries,
  replayDelivery,
  saveWebhookSettings,
} from "@/lib/services/webhooks";
import type { CliIo } from "../io";
import { printJson } from "./team-principal";

export const help = `Usage: npm run --silent cli -- webhook <action> (as the operator)
  add --url URL --event card.published|card.corrected|claim.status_changed... [--description D]
                                  prints the whsec_ signing secret (shown once)
  list                            registered endpoints
  remove ENDPOINT_ID
  deliveries ENDPOINT_ID [--json] the delivery log with response codes
  replay DELIVERY_ID              send a delivery again
  allow-private on|off            allow private and loopback destinations
  process                         send every delivery that is due now (the app does this by itself)`;

export async function run(args: string[], io: CliIo) {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      url: { type: "string" },
      event: { type: "string", multiple: true },
      description: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const op = CLI_OPERATOR;
  switch (action) {
    case "add": {
      const endpoint = await createWebhookEndpoint(op, {
        url: values.url,
        events: values.event,
        description: values.description,
      });
      io.out(`Endpoint ${endpoint.id} for ${endpoint.events.join(", ")}. Signing secret:`);
      io.out(endpoint.secret);
      return 0;
    }
    case "list":
      for (const e of await listWebhookEndpoints(op)) io.out(`${e.id}  ${e.url}  ${e.events.join(",")}`);
      return 0;
    case "remove":
      await deleteWebhookEndpoint(op, positionals[0] ?? "");
      io.out("Removed.");
      return 0;
    case "deliveries": {
      const log = await listDeliveries(op, positionals[0] ?? "");
      if (values.json) return (printJson(io.out, log), 0);
      for (const d of log.deliveries)
        io.out(`${d.id}  ${d.event}  ${d.status}  ${d.attemptLog.map((a) => a.statusCode ?? "-").join(",")}`);
      return 0;
    }
    case "replay":
      await replayDelivery(op, positionals[0] ?? "");
      io.out("Queued.");
      return 0;
    case "allow-private":
      if (!["on", "off"].includes(positionals[0] ?? "")) throw new ValidationError("Say on or off.");
      await saveWebhookSettings(op, { allowPrivateAddresses: positionals[0] === "on" });
      io.out(`Private addresses ${positionals[0] === "on" ? "allowed" : "refused"}.`);
      return 0;
    case "process": {
      const { attempted, delivered } = await processWebhookDeliveries();
      io.out(`${attempted} attempted, ${delivered} delivered.`);
      return 0;
    }
    default:
      throw new ValidationError(`Unknown webhook action "${action ?? ""}".\n${help}`);
  }
}
