import { parseArgs } from "node:util";
import { myWork } from "@/lib/services/assignments";
import { markNotificationsRead, listNotifications } from "@/lib/services/notifications";
import { DUE_LABELS } from "@/lib/team/due";
import type { CliIo } from "../io";
import { principalFor, printJson } from "./team-principal";

export const help = `Usage: npm run --silent cli -- my-work --as EMAIL [--json]
Claims assigned to you and reviews requested of you, overdue first.`;

export async function run(args: string[], io: CliIo) {
  const { values } = parseArgs({ args, options: { as: { type: "string" }, json: { type: "boolean" } } });
  const work = await myWork(await principalFor(values.as, true));
  if (values.json) return (printJson(io.out, work), 0);
  io.out(`Assigned to you (${work.assigned.length}):`);
  for (const c of work.assigned) io.out(`  ${c.id}  ${DUE_LABELS[c.due]}  ${c.text}`);
  io.out(`Reviews requested (${work.reviews.length}):`);
  for (const c of work.reviews) io.out(`  ${c.id}  ${DUE_LABELS[c.due]}  ${c.text}`);
  return 0;
}

export const inbox = {
  help: `Usage: npm run --silent cli -- inbox --as EMAIL [--unread] [--mark-all-read] [--json]
Your notifications, newest first.`,
  async run(args: string[], io: CliIo) {
    const { values } = parseArgs({
      args,
      options: {
        as: { type: "string" },
        unread: { type: "boolean" },
        "mark-all-read": { type: "boolean" },
        json: { type: "boolean" },
      },
    });
    const principal = await principalFor(values.as, true);
    if (values["mark-all-read"]) {
      const { marked } = await markNotificationsRead(principal, { all: true });
      io.out(`${marked} marked read.`);
      return 0;
    }
    const { items, unread } = await listNotifications(principal, { unreadOnly: values.unread });
    if (values.json) return (printJson(io.out, { items, unread }), 0);
    io.out(`${unread} unread`);
    for (const n of items) io.out(`${n.readAt ? " " : "*"} ${n.createdAt.toISOString()}  ${n.title}  ${n.link}`);
    return 0;
  },
};
