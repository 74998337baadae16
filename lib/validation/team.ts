// Inputs for assignments, comments, notification settings and webhooks (docs/decisions/0016).
// Shared by the forms, server actions, /api/v1 handlers and the CLI. Safe for client code.
import { z } from "zod";
import { CommentTarget, valuesOf } from "@/lib/enums";
import { NOTIFICATION_KINDS, WEBHOOK_EVENTS } from "@/lib/notify/kinds";
import { optionalDate, optionalId, optionalText, requiredText, stringList } from "./common";

/** Replaces a claim's assignment: blank assignee or due date clears it; reviewers replace the list. */
export const assignmentInput = z.object({
  assigneeId: optionalId("Assignee"),
  reviewerIds: stringList("reviewers", 10, 64),
  dueAt: optionalDate("Due date"),
});
export type AssignmentInput = z.infer<typeof assignmentInput>;

export const COMMENT_TARGETS = valuesOf(CommentTarget);
export type { CommentTarget };

export const COMMENT_MAX = 5000;
/** Comments can be edited for this long after they are written. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;

export const commentInput = z.object({
  targetType: z.enum(COMMENT_TARGETS, { error: "Comment on a claim, a source or an evidence item." }),
  targetId: z.string({ error: "Say what the comment is on." }).trim().min(1, "Say what the comment is on.").max(64),
  parentId: optionalId("Reply to"),
  body: requiredText("Comment", COMMENT_MAX),
});
export type CommentInput = z.infer<typeof commentInput>;

export const commentEditInput = z.object({ body: requiredText("Comment", COMMENT_MAX) });

export const commentListQuery = commentInput.pick({ targetType: true, targetId: true });

const flag = (label: string) =>
  z.preprocess(
    (v) => (v === "on" || v === "true" || v === "1" ? true : v === "false" || v === "0" || v == null ? false : v),
    z.boolean({ error: `${label} must be true or false.` }),
  );

export const notificationSettingsInput = z.object({
  settings: z
    .array(
      z.object({
        kind: z.enum(NOTIFICATION_KINDS, { error: `Kind must be one of: ${NOTIFICATION_KINDS.join(", ")}.` }),
        inApp: flag("In-app"),
        /** Left out (e.g. while e-mail is not configured): the stored choice stays. */
        email: flag("E-mail").optional(),
      }),
      { error: "Settings must be a list." },
    )
    .max(NOTIFICATION_KINDS.length),
});
export type NotificationSettingsInput = z.infer<typeof notificationSettingsInput>;

export const markReadInput = z.object({
  ids: z.array(z.string().max(64), { error: "ids must be a list." }).max(200).optional(),
  all: flag("All").optional(),
});

export const webhookEndpointInput = z.object({
  url: z
    .string({ error: "URL is required." })
    .trim()
    .min(1, "URL is required.")
    .max(2000, "URL must be at most 2000 characters."),
  description: optionalText("Description", 200),
  events: z.preprocess(
    (v) => (typeof v === "string" ? [v] : v),
    z
      .array(z.enum(WEBHOOK_EVENTS, { error: `Events must be among: ${WEBHOOK_EVENTS.join(", ")}.` }), {
        error: "Choose at least one event.",
      })
      .min(1, "Choose at least one event.")
      .transform((e) => [...new Set(e)]),
  ),
});
export type WebhookEndpointInput = z.infer<typeof webhookEndpointInput>;

export const webhookSettingsInput = z.object({
  allowPrivateAddresses: z.preprocess(
    (v) => (v === "on" || v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : v),
    z.boolean({ error: "Say whether private addresses are allowed (true or false)." }),
  ),
});

export const activityQuery = z.object({ before: optionalDate("Before") });
