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
};

export const ROLE_GROUPS = { STAFF, WRITERS, REVIEWERS, EDITORS, ADMINS };
