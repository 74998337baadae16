// What a workspace file holds, in an order where every row's references are already in place.
// Sessions, API tokens and sign-in throttles stay behind: they are credentials for one installation, and users sign in anew.

export const WORKSPACE_MODELS = [
  { name: "Setting", delegate: "setting", orderBy: ["key"] },
  { name: "User", delegate: "user", orderBy: ["id"] },
  { name: "Source", delegate: "source", orderBy: ["id"] },
  { name: "SourceRevision", delegate: "sourceRevision", orderBy: ["id"] },
  { name: "Actor", delegate: "actor", orderBy: ["id"] },
  { name: "ActorAlias", delegate: "actorAlias", orderBy: ["id"] },
  // reportedById points at another statement: inserted empty, filled in once all statements exist.
  { name: "Statement", delegate: "statement", orderBy: ["id"], selfReferences: ["reportedById"] },
  { name: "Claim", delegate: "claim", orderBy: ["id"] },
  { name: "ClaimSubject", delegate: "claimSubject", orderBy: ["claimId", "actorId"] },
  { name: "ClaimAppearance", delegate: "claimAppearance", orderBy: ["id"] },
  { name: "Tag", delegate: "tag", orderBy: ["id"] },
  { name: "ClaimTag", delegate: "claimTag", orderBy: ["claimId", "tagId"] },
  { name: "ClaimRelation", delegate: "claimRelation", orderBy: ["id"] },
  { name: "Evidence", delegate: "evidence", orderBy: ["id"] },
  { name: "Review", delegate: "review", orderBy: ["id"] },
  { name: "ReviewRevision", delegate: "reviewRevision", orderBy: ["id"] },
  { name: "ExternalReview", delegate: "externalReview", orderBy: ["id"] },
  { name: "CardVersion", delegate: "cardVersion", orderBy: ["id"] },
  { name: "Suggestion", delegate: "suggestion", orderBy: ["id"] },
  { name: "ClaimMatch", delegate: "claimMatch", orderBy: ["id"] },
  { name: "ClaimAssignment", delegate: "claimAssignment", orderBy: ["claimId"] },
  { name: "ReviewRequest", delegate: "reviewRequest", orderBy: ["id"] },
  // parentId points at another comment: inserted empty, filled in once all comments exist.
  { name: "Comment", delegate: "comment", orderBy: ["id"], selfReferences: ["parentId"] },
  { name: "ClaimFollow", delegate: "claimFollow", orderBy: ["userId", "claimId"] },
  { name: "Notification", delegate: "notification", orderBy: ["id"] },
  { name: "NotificationPreference", delegate: "notificationPreference", orderBy: ["userId", "kind"] },
  { name: "WebhookEndpoint", delegate: "webhookEndpoint", orderBy: ["id"] },
  { name: "WebhookDelivery", delegate: "webhookDelivery", orderBy: ["id"] },
  { name: "WebhookAttempt", delegate: "webhookAttempt", orderBy: ["id"] },
  { name: "AuditEvent", delegate: "auditEvent", orderBy: ["id"] },
] as const;

/**
 * Json columns (ADR 0023). Files exported before these were Json hold them as JSON text (the same
 * format version: the rows are otherwise identical), so import accepts either form.
 */
export const JSON_COLUMNS: Partial<Record<WorkspaceModel["name"], readonly string[]>> = {
  SourceRevision: ["pageStarts"],
  Statement: ["hedges"],
  Suggestion: ["hedges"],
  ExternalReview: ["appearanceUrls"],
  WebhookEndpoint: ["events"],
};

// Sign-in throttling counters are per installation and expire within the hour. The claim index's change
// log and the claim page's version counters (ClaimPageVersion, ADR 0030) are per installation too: the
// importing database's triggers write them as the rows are inserted.
export const LEFT_BEHIND = ["Session", "ApiToken", "LoginThrottle", "ClaimIndexChange", "ClaimPageVersion"] as const;

export type WorkspaceModel = (typeof WORKSPACE_MODELS)[number];
export const WORKSPACE_FORMAT = "claimdesk-workspace";
export const WORKSPACE_VERSION = 1;

/** Stands in for a password hash left out of the file: matches no password, so the user needs a new one. */
export const NO_PASSWORD = "!moved-without-password";

type Value = unknown;

/** JSON for one row: dates and bytes tagged so they come back as the same types. */
export function encodeRow(row: Record<string, Value>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v instanceof Date) out[k] = { $date: v.toISOString() };
    else if (v instanceof Uint8Array) out[k] = { $bytes: Buffer.from(v).toString("base64") };
    else out[k] = v;
  }
  return out;
}

export function decodeRow(row: Record<string, Value>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v && typeof v === "object" && "$date" in v) out[k] = new Date((v as { $date: string }).$date);
    else if (v && typeof v === "object" && "$bytes" in v)
      out[k] = new Uint8Array(Buffer.from((v as { $bytes: string }).$bytes, "base64"));
    else out[k] = v;
  }
  return out;
}
