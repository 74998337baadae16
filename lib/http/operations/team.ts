import {
  assignmentInput,
  commentEditInput,
  commentInput,
  markReadInput,
  notificationSettingsInput,
  webhookEndpointInput,
  webhookSettingsInput,
} from "@/lib/validation/team";
import type { ApiOperations } from "./types";
import * as team from "../responses/team";

export const teamOperations: ApiOperations = {
  "/claims/{id}/assignment": {
    get: {
      summary: "The claim's assignee, requested reviewers, due date and whether you follow it",
      auth: "staff",
      response: team.assignment,
    },
    put: {
      summary:
        "Replace the assignment: assignee (analyst, editor or admin), requested reviewers, due date. Newly named people are notified",
      auth: "editor, admin",
      body: assignmentInput,
      response: team.assignmentSaved,
    },
  },
  "/claims/{id}/assignment/take": {
    post: {
      summary: "Take an unassigned claim yourself (409 if someone has it)",
      auth: "analyst, editor, admin",
      response: team.claimTaken,
    },
  },
  "/claims/{id}/follow": {
    put: { summary: "Follow a claim: be notified when its status changes", auth: "staff", response: team.following },
    delete: { summary: "Stop following a claim", auth: "staff", response: team.following },
  },
  "/claims/{id}/activity": {
    get: {
      summary:
        "The claim's timeline: status changes, edits, assignments, comments, reviews and publications, newest first. Blind for reviewers who have not reviewed",
      auth: "staff",
      response: team.claimActivity,
    },
  },
  "/my-work": {
    get: {
      summary: "Claims assigned to you and reviews requested of you, overdue first",
      auth: "staff",
      response: team.myWork,
    },
  },
  "/team": {
    get: {
      summary: "Active colleagues (for assignment pickers and @mentions)",
      auth: "staff",
      response: team.teamList,
    },
  },
  "/comments": {
    get: {
      summary:
        "Internal comments on one item (`targetType` claim, source or evidence; `targetId`), oldest first. Comments by people who have seen verdicts are hidden from reviewers still reviewing blind",
      auth: "staff",
      query: ["targetType", "targetId"],
      response: team.commentThread,
    },
    post: {
      summary:
        "Comment or reply (`parentId`); @handle (the part of an e-mail address before @) notifies that colleague",
      auth: "staff",
      body: commentInput,
      status: 201,
      response: team.comment,
    },
  },
  "/comments/{id}": {
    patch: {
      summary: "Edit your own comment within 15 minutes of writing it",
      auth: "the author",
      body: commentEditInput,
      response: team.comment,
    },
    delete: {
      summary: "Delete a comment (its text stays in the audit log)",
      auth: "the author or an admin",
      response: team.commentDeleted,
    },
  },
  "/notifications": {
    get: {
      summary: "Your latest notifications and unread count (`unread=1` for unread only)",
      auth: "staff",
      query: ["unread"],
      response: team.notificationList,
    },
  },
  "/notifications/read": {
    post: {
      summary: "Mark your notifications read: `ids`, or `all: true`",
      auth: "staff",
      body: markReadInput,
      response: team.notificationsMarked,
    },
  },
  "/notifications/settings": {
    get: {
      summary: "Your notification settings per kind (in-app, e-mail)",
      auth: "staff",
      response: team.notificationSettings,
    },
    put: {
      summary: "Save your notification settings",
      auth: "staff",
      body: notificationSettingsInput,
      response: team.notificationSettings,
    },
  },
  "/activity": {
    get: {
      summary: "Desk-wide activity, newest first, 100 per page (`before` for the next page)",
      auth: "editor, admin",
      query: ["before"],
      response: team.deskActivity,
    },
  },
  "/webhooks": {
    get: { summary: "Registered webhook endpoints", auth: "admin", response: team.webhookEndpoints },
    post: {
      summary:
        "Register an endpoint for card.published, card.corrected and/or claim.status_changed (published claims only). HTTPS required; private addresses refused unless allowed. Answers with the `whsec_` signing secret once",
      auth: "admin",
      body: webhookEndpointInput,
      status: 201,
      response: team.webhookCreated,
    },
  },
  "/webhooks/{id}": {
    delete: { summary: "Remove an endpoint and its delivery log", auth: "admin", response: team.webhookDeleted },
  },
  "/webhooks/{id}/deliveries": {
    get: {
      summary: "Delivery log: status, attempts and each attempt's response code",
      auth: "admin",
      response: team.webhookDeliveries,
    },
  },
  "/webhooks/deliveries/{id}/replay": {
    post: { summary: "Send a delivery again with the same message id", auth: "admin", response: team.webhookReplayed },
  },
  "/webhooks/settings": {
    get: { summary: "Webhook settings", auth: "admin", response: team.webhookSettings },
    put: {
      summary: "Allow or refuse private and loopback destinations (plain HTTP is then allowed to them)",
      auth: "admin",
      body: webhookSettingsInput,
      response: team.webhookSettings,
    },
  },
};
