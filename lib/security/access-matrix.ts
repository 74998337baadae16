// Who may call every route handler. The authorization test (app/api/v1/access-matrix.db.test.ts)
// calls each one as each role and fails for any route that is missing here.
import type { Role } from "@/lib/auth/roles";

export type Caller = "anonymous" | Role;
export const CALLERS: Caller[] = ["anonymous", "analyst", "reviewer", "editor", "admin"];

const STAFF: Role[] = ["analyst", "reviewer", "editor", "admin"];
const WRITERS: Role[] = ["analyst", "editor", "admin"];
const REVIEWERS: Role[] = ["reviewer", "editor", "admin"];
const EDITORS: Role[] = ["editor", "admin"];
const ADMINS: Role[] = ["admin"];

/** "public" or the roles allowed; everyone else gets 403 (anonymous: 401). */
export type Access = "public" | Role[];

export const ROUTE_ACCESS: Record<string, Access> = {
  "GET /api/v1/[...path]": "public",
  "POST /api/v1/[...path]": "public",
  "PATCH /api/v1/[...path]": "public",
  "PUT /api/v1/[...path]": "public",
  "DELETE /api/v1/[...path]": "public",
  "GET /api/v1/openapi.json": "public",
  "GET /api/v1/cards": "public",
  "GET /api/v1/sources": STAFF,
  "POST /api/v1/sources": WRITERS,
  "GET /api/v1/sources/[id]": STAFF,
  "GET /api/v1/claims": STAFF,
  "POST /api/v1/claims": WRITERS,
  "GET /api/v1/claims/[id]": STAFF,
  "PATCH /api/v1/claims/[id]": WRITERS,
  "GET /api/v1/claims/[id]/evidence": STAFF,
  "POST /api/v1/claims/[id]/evidence": WRITERS,
  "GET /api/v1/actors": STAFF,
  "POST /api/v1/actors": WRITERS,
  "GET /api/v1/users": ADMINS,
  "POST /api/v1/users": ADMINS,
  "DELETE /api/v1/users/[id]": ADMINS,
  "GET /api/v1/cards/[slug]": "public",
  "GET /api/v1/cards/feed": "public",
  "GET /api/v1/claims/[id]/reviews": STAFF,
  "POST /api/v1/claims/[id]/reviews": REVIEWERS,
  // Any staff member may ask; the service decides per transition (403 or 422).
  "POST /api/v1/claims/[id]/status": STAFF,
  "POST /api/v1/claims/[id]/publish": EDITORS,
  "POST /api/v1/claims/[id]/corrections": EDITORS,
  "GET /api/v1/claims/[id]/audit": STAFF,
  "GET /api/v1/search": STAFF,
  "GET /api/v1/statements": STAFF,
  "POST /api/v1/statements": WRITERS,
  "GET /api/v1/statements/[id]": STAFF,
  "DELETE /api/v1/statements/[id]": WRITERS,
  "POST /api/v1/statements/[id]/reanchor": WRITERS,
  "GET /api/v1/sources/[id]/statements": STAFF,
  "GET /api/v1/sources/[id]/suggestions": STAFF,
  "GET /api/v1/sources/[id]/revisions": STAFF,
  "POST /api/v1/sources/[id]/revisions": WRITERS,
  "POST /api/v1/suggestions/[id]/accept": WRITERS,
  "POST /api/v1/suggestions/[id]/dismiss": WRITERS,
  "GET /api/v1/claims/[id]/evidence/[evidenceId]": STAFF,
  "DELETE /api/v1/claims/[id]/evidence/[evidenceId]": WRITERS,
  "POST /api/v1/claims/[id]/evidence/[evidenceId]/reanchor": WRITERS,
  "GET /api/v1/claims/[id]/relations": STAFF,
  "POST /api/v1/claims/[id]/relations": WRITERS,
  "DELETE /api/v1/claims/[id]/relations/[relationId]": WRITERS,
  "GET /api/v1/claims/[id]/appearances": STAFF,
  "POST /api/v1/claims/[id]/appearances": WRITERS,
  "DELETE /api/v1/claims/[id]/appearances/[appearanceId]": WRITERS,
  "GET /api/v1/actors/[id]": STAFF,
  "POST /api/v1/actors/[id]/aliases": WRITERS,
  "DELETE /api/v1/actors/[id]/aliases/[aliasId]": WRITERS,
  "POST /api/v1/actors/[id]/merge": EDITORS,
  // Team work (ADR 0016)
  "GET /api/v1/claims/[id]/assignment": STAFF,
  "PUT /api/v1/claims/[id]/assignment": EDITORS,
  "POST /api/v1/claims/[id]/assignment/take": WRITERS,
  "PUT /api/v1/claims/[id]/follow": STAFF,
  "DELETE /api/v1/claims/[id]/follow": STAFF,
  "GET /api/v1/claims/[id]/activity": STAFF,
  "GET /api/v1/my-work": STAFF,
  "GET /api/v1/team": STAFF,
  "GET /api/v1/comments": STAFF,
  "POST /api/v1/comments": STAFF,
  // Any staff member may ask; the service lets only the author edit and the author or an admin delete.
  "PATCH /api/v1/comments/[id]": STAFF,
  "DELETE /api/v1/comments/[id]": STAFF,
  "GET /api/v1/notifications": STAFF,
  "POST /api/v1/notifications/read": STAFF,
  "GET /api/v1/notifications/settings": STAFF,
  "PUT /api/v1/notifications/settings": STAFF,
  "GET /api/v1/activity": EDITORS,
  "GET /api/v1/webhooks": ADMINS,
  "POST /api/v1/webhooks": ADMINS,
  "DELETE /api/v1/webhooks/[id]": ADMINS,
  "GET /api/v1/webhooks/[id]/deliveries": ADMINS,
  "POST /api/v1/webhooks/deliveries/[id]/replay": ADMINS,
  "GET /api/v1/webhooks/settings": ADMINS,
  "PUT /api/v1/webhooks/settings": ADMINS,
};

export const ROLE_GROUPS = { STAFF, WRITERS, REVIEWERS, EDITORS, ADMINS };

/**
 * Who may call every server action ("file#export" under lib/actions). "public" actions are
 * listed but not called by the test (sign-in and sign-out manage cookies themselves).
 */
export const ACTION_ACCESS: Record<string, Access> = {
  "auth#login": "public",
  "auth#logout": "public",
  "sources#importSource": WRITERS,
  "claims#createClaimFromForm": WRITERS,
  "actors#createActorFromForm": WRITERS,
  "users#addUserFromForm": ADMINS,
  "review#submitReviewFromForm": REVIEWERS,
  "review#transitionFromForm": STAFF,
  "review#publishFromForm": EDITORS,
  "review#correctFromForm": EDITORS,
  "claim-edit#saveClaimEdit": WRITERS,
  "workspace#addEvidenceFromReaderForm": WRITERS,
  "workspace#recordStatementForm": WRITERS,
  "workspace#acceptSuggestionForm": WRITERS,
  "workspace#dismissSuggestionForm": WRITERS,
  "workspace#removeEvidenceForm": WRITERS,
  "workspace#removeStatementForm": WRITERS,
  "workspace#reanchorForm": WRITERS,
  "workspace#createRevisionForm": WRITERS,
  "workspace#searchClaimOptions": STAFF,
  "workspace#searchActorOptions": STAFF,
  "workspace-claims#addRelationForm": WRITERS,
  "workspace-claims#removeRelationForm": WRITERS,
  "workspace-claims#addAppearanceForm": WRITERS,
  "workspace-claims#removeAppearanceForm": WRITERS,
  "actors#addAliasForm": WRITERS,
  "actors#removeAliasForm": WRITERS,
  "actors#mergeActorsForm": EDITORS,
  "team#assignFromForm": EDITORS,
  "team#takeClaimForm": WRITERS,
  "team#followForm": STAFF,
  "team#addCommentForm": STAFF,
  "team#editCommentForm": STAFF,
  "team#deleteCommentForm": STAFF,
  "team#markReadForm": STAFF,
  "team#saveNotificationSettingsForm": STAFF,
  "team#createWebhookForm": ADMINS,
  "team#deleteWebhookForm": ADMINS,
  "team#replayDeliveryForm": ADMINS,
  "team#saveWebhookSettingsForm": ADMINS,
};
