// What a person can be notified about. Safe for client code (labels for the settings form).
import { NotificationKind, valuesOf } from "@/lib/enums";

export const NOTIFICATION_KINDS = valuesOf(NotificationKind);
export type { NotificationKind };

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  assigned: "A claim is assigned to me",
  review_requested: "My review is requested",
  mentioned: "Someone mentions me in a comment",
  status_changed: "A claim I follow changes status",
  review_submitted: "A review is submitted on my claim",
  card_corrected: "A card I published is corrected",
};

export const WEBHOOK_EVENTS = ["card.published", "card.corrected", "claim.status_changed"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "card.published": "Card published",
  "card.corrected": "Card corrected",
  "claim.status_changed": "Published claim changed status",
};
