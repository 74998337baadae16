// Response shapes of team work: assignments, comments, notifications, activity, users and webhooks.
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { CLAIM_STATUSES } from "@/lib/validation/claims";
import { COMMENT_TARGETS } from "@/lib/validation/team";
import { count, dateTime, id, maybe, text } from "./common";

const role = z.enum(ROLES);
const claimStatus = z.enum(CLAIM_STATUSES);
const person = z.object({ id, name: text, email: text });
const dueState = z.enum(["none", "overdue", "due_soon", "later"]);

export const assignment = z.object({
  assignee: maybe(person),
  dueAt: maybe(dateTime),
  reviewers: z.array(person),
  following: z.boolean(),
});
export const assignmentSaved = z.object({
  claimId: id,
  assigneeId: maybe(id),
  dueAt: maybe(dateTime),
  assignedById: maybe(id),
  reviewerIds: z.array(id),
});
export const claimTaken = z.object({ claimId: id, assigneeId: id });
export const following = z.object({ claimId: id, following: z.boolean() });

const workItem = z.object({
  id,
  text,
  status: claimStatus,
  dueAt: maybe(dateTime),
  since: dateTime,
  due: dueState,
});
export const myWork = z.object({
  assigned: z.array(workItem.extend({ updatedAt: dateTime })),
  reviews: z.array(workItem),
});

export const teamList = z.object({ members: z.array(person.extend({ role })) });
export const account = z.object({ id, name: text, email: text, role });
export const userRecord = z.object({ id, email: text, name: text, role, createdAt: dateTime });
export const userList = z.object({ items: z.array(userRecord.extend({ disabledAt: maybe(dateTime) })) });
export const userDisabled = z.object({ id, email: text, disabledAt: dateTime });

const activityItem = z.object({
  id,
  at: dateTime,
  kind: z.enum(["status", "review", "publication", "comment", "assignment", "edit"]),
  who: text,
  text,
  claim: maybe(z.object({ id, text })).optional(),
});
export const claimActivity = z.object({ items: z.array(activityItem) });
export const deskActivity = z.object({ items: z.array(activityItem), nextBefore: maybe(dateTime) });

export const claimAudit = z.object({
  claim: z.object({ id, text, slug: text }),
  events: z.array(
    z.object({
      id,
      at: dateTime,
      action: text,
      entityType: text,
      entityId: id,
      user: maybe(z.object({ id, name: text })),
      userName: text,
      hidden: z.boolean(),
      note: maybe(text),
      changes: z.array(z.object({ field: text, before: maybe(text), after: maybe(text) })),
    }),
  ),
});

export const comment = z.object({
  id,
  targetType: z.enum(COMMENT_TARGETS),
  targetId: id,
  claimId: maybe(id),
  parentId: maybe(id),
  body: text,
  createdAt: dateTime,
  editedAt: maybe(dateTime),
  deletedAt: maybe(dateTime),
  authorId: id,
  author: person,
});
export const commentThread = z.object({
  comments: z.array(comment.extend({ canEdit: z.boolean(), canDelete: z.boolean() })),
  hiddenUntilYouReview: count,
});
export const commentDeleted = z.object({ id, deleted: z.literal(true) });

export const notificationList = z.object({
  items: z.array(
    z.object({
      id,
      kind: text,
      title: text,
      link: text,
      claimId: maybe(id),
      actorName: maybe(text),
      createdAt: dateTime,
      readAt: maybe(dateTime),
    }),
  ),
  unread: count,
});
export const notificationsMarked = z.object({ marked: count });
export const notificationSettings = z.object({
  emailAvailable: z.boolean(),
  settings: z.array(z.object({ kind: text, label: text, inApp: z.boolean(), email: z.boolean() })),
});

const webhookEndpoint = z.object({
  id,
  url: text,
  description: maybe(text),
  events: z.array(text),
  active: z.boolean(),
  createdAt: dateTime,
});
export const webhookEndpoints = z.object({ endpoints: z.array(webhookEndpoint) });
export const webhookCreated = webhookEndpoint.extend({
  secret: text.describe("shown once; sign-check deliveries with it"),
});
export const webhookDeleted = z.object({ id, deleted: z.literal(true) });
export const webhookDeliveries = z.object({
  endpoint: webhookEndpoint,
  deliveries: z.array(
    z.object({
      id,
      messageId: text,
      event: text,
      status: z.enum(["pending", "delivered", "failed"]),
      attempts: count,
      nextAttemptAt: dateTime,
      lastStatusCode: maybe(count),
      lastError: maybe(text),
      createdAt: dateTime,
      deliveredAt: maybe(dateTime),
      attemptLog: z.array(z.object({ at: dateTime, statusCode: maybe(count), error: maybe(text), durationMs: count })),
    }),
  ),
});
export const webhookReplayed = z.object({ id, status: z.literal("pending") });
export const webhookSettings = z.object({ allowPrivateAddresses: z.boolean() });
