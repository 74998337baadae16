import { parseArgs } from "node:util";
import { ValidationError } from "@/lib/errors";
import { addComment, listComments } from "@/lib/services/comments";
import type { CliIo } from "../io";
import { principalFor, printJson } from "./team-principal";

export const help = `Usage: npm run cli -- comment --on claim|source|evidence --id ID --as EMAIL [--reply-to COMMENT_ID] "TEXT"
       npm run cli -- comment --on claim --id ID --as EMAIL --list [--json]
Adds an internal comment (@handle mentions notify colleagues) or lists the thread as that user may see it.`;

export async function run(args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      on: { type: "string" },
      id: { type: "string" },
      as: { type: "string" },
      "reply-to": { type: "string" },
      list: { type: "boolean" },
      json: { type: "boolean" },
    },
  });
  const principal = await principalFor(values.as, true);
  const target = { targetType: values.on, targetId: values.id };
  if (values.list) {
    const thread = await listComments(principal, target);
    if (values.json) printJson(io.out, thread);
    else
      for (const c of thread.comments)
        io.out(`${c.createdAt.toISOString()}  ${c.author.name}: ${c.deletedAt ? "(deleted)" : c.body}`);
    if (!values.json && thread.hiddenUntilYouReview)
      io.out(`${thread.hiddenUntilYouReview} comment(s) hidden until you submit your review.`);
    return 0;
  }
  const body = positionals.join(" ");
  if (!body.trim()) throw new ValidationError("Write the comment text after the options.");
  const comment = await addComment(principal, { ...target, parentId: values["reply-to"], body });
  io.out(comment.id);
  return 0;
}
