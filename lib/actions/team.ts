"use server";
// Server actions for team work (ADR 0016): each goes through the same service and zod schema as its
// /api/v1 route, then refreshes what it changed (the header's unread badge lives in the layout).
import { revalidatePath } from "next/cache";
import { assignClaim, setFollowing, takeClaim } from "@/lib/services/assignments";
import { addComment, deleteComment, editComment } from "@/lib/services/comments";
import { markNotificationsRead, saveNotificationSettings } from "@/lib/services/notifications";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  replayDelivery,
  saveWebhookSettings,
} from "@/lib/services/webhooks";
import { NOTIFICATION_KINDS } from "@/lib/notify/kinds";
import { formAction, formObject, requiredId } from "./action-client";
import { BadRequestError } from "@/lib/errors";

const refreshAll = () => revalidatePath("/", "layout");

export const assignFromForm = formAction("card:publish", async (principal, form) => {
  const claimId = requiredId(form, "claimId");
  await assignClaim(principal, claimId, formObject(form, ["reviewerIds"]));
  refreshAll();
  return { ok: true, message: "Assignment saved." };
});

export const takeClaimForm = formAction("claim:write", async (principal, form) => {
  await takeClaim(principal, requiredId(form, "claimId"));
  refreshAll();
  return { ok: true, message: "The claim is yours." };
});

export const followForm = formAction("staff:read", async (principal, form) => {
  const { following } = await setFollowing(principal, requiredId(form, "claimId"), form.get("following") === "1");
  refreshAll();
  return { ok: true, message: following ? "You follow this claim." : "You no longer follow this claim." };
});

export const addCommentForm = formAction("staff:read", async (principal, form) => {
  await addComment(principal, formObject(form));
  refreshAll();
  return { ok: true, message: "Comment added." };
});

export const editCommentForm = formAction("staff:read", async (principal, form) => {
  await editComment(principal, requiredId(form), formObject(form));
  refreshAll();
  return { ok: true, message: "Comment updated." };
});

export const deleteCommentForm = formAction("staff:read", async (principal, form) => {
  await deleteComment(principal, requiredId(form));
  refreshAll();
  return { ok: true, message: "Comment deleted." };
});

export const markReadForm = formAction("staff:read", async (principal, form) => {
  const id = form.get("id") ? requiredId(form) : "";
  const { marked } = await markNotificationsRead(principal, id ? { ids: [id] } : { all: true });
  refreshAll();
  return { ok: true, message: `${marked} marked read.` };
});

export const saveNotificationSettingsForm = formAction("staff:read", async (principal, form) => {
  // Only the kinds the form showed are saved; a form without them is broken, not "everything off".
  const shown = new Set(form.getAll("kind"));
  const kinds = NOTIFICATION_KINDS.filter((kind) => shown.has(kind));
  if (!kinds.length) throw new BadRequestError("This form was sent incomplete. Reload the page and try again.");
  const settings = kinds.map((kind) => ({
    kind,
    inApp: form.get(`${kind}.inApp`) === "on",
    // Disabled checkboxes are not sent: without e-mail configured the stored choice must stay.
    email: form.has("emailEditable") ? form.get(`${kind}.email`) === "on" : undefined,
  }));
  await saveNotificationSettings(principal, { settings });
  refreshAll();
  return { ok: true, message: "Settings saved." };
});

export const createWebhookForm = formAction("settings:manage", async (principal, form) => {
  const { secret, url } = await createWebhookEndpoint(principal, formObject(form, ["events"]));
  revalidatePath("/admin/webhooks");
  return { ok: true, message: `Endpoint ${url} added. Its signing secret (shown only now): ${secret}` };
});

export const deleteWebhookForm = formAction("settings:manage", async (principal, form) => {
  await deleteWebhookEndpoint(principal, requiredId(form));
  revalidatePath("/admin/webhooks");
  return { ok: true, message: "Endpoint removed." };
});

export const replayDeliveryForm = formAction("settings:manage", async (principal, form) => {
  await replayDelivery(principal, requiredId(form));
  revalidatePath("/admin/webhooks");
  return { ok: true, message: "Queued to send again." };
});

export const saveWebhookSettingsForm = formAction("settings:manage", async (principal, form) => {
  await saveWebhookSettings(principal, formObject(form));
  revalidatePath("/admin/webhooks");
  return { ok: true, message: "Webhook settings saved." };
});
