// The staff claim page's per-person reads, written as SQL (ADR 0035). Every view of the page makes them,
// and through the ORM each statement cost ~0.7 ms of CPU in Prisma's query compiler whatever it read; they
// run on the process's read connection, where a SQLite statement is prepared once (ADR 0036). Inputs are
// ids the caller already holds and are sent as parameters, never spliced; the exported reads take the
// connection first and are called by the services that check the principal (assignments, activity,
// comments). Column names are Prisma's defaults on both databases; `claim-reader.db.test.ts` runs each
// read on SQLite and PostgreSQL against the ORM's answer.
import "server-only";
import { cache } from "react";
import { can, requirePermission, type Principal } from "@/lib/auth/principal";
import { readConnection, type ReadConnection } from "@/lib/db/read-connection";
import { NotFoundError } from "@/lib/errors";
import { isCleanText } from "@/lib/validation/common";
import type { CommentTarget } from "@/lib/validation/team";

/** Drivers answer a date as a Date, an ISO string or epoch milliseconds depending on dialect and column. */
const dateOf = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(v as string));
const dateAt = (v: unknown) => dateOf(v) ?? new Date(0);

type ReaderRow = { claim: unknown; page: unknown; following: unknown; reviewed: unknown };

/**
 * One statement for what a person's view of a claim depends on besides the claim itself: whether the
 * claim exists (the layout's 404), its own page counter (ClaimPageVersion, the kept view's key, ADR 0030), whether they follow it and whether
 * they have reviewed it (blind review: until then other reviews and the comments that reveal them stay
 * hidden). Read once per request (React's cache(); elsewhere it calls through).
 */
const readerState = cache(async (userId: string, claimId: string) => {
  const db = await readConnection();
  const [row] = await db.sql<ReaderRow>`
    SELECT
      (SELECT COUNT(*) FROM "Claim" WHERE "id" = ${claimId}) AS "claim",
      (SELECT "n" FROM "ClaimPageVersion" WHERE "claimId" = ${claimId}) AS "page",
      (SELECT COUNT(*) FROM "ClaimFollow" WHERE "userId" = ${userId} AND "claimId" = ${claimId}) AS "following",
      (SELECT COUNT(*) FROM "Review" WHERE "claimId" = ${claimId} AND "reviewerId" = ${userId}) AS "reviewed"`;
  return {
    exists: Number(row?.claim ?? 0) > 0,
    pageVersion: Number(row?.page ?? 0),
    following: Number(row?.following ?? 0) > 0,
    reviewed: Number(row?.reviewed ?? 0) > 0,
  };
});

export async function claimReaderState(principal: Principal | null, claimId: string) {
  const viewer = requirePermission(principal, "staff:read");
  const state = await readerState(viewer.userId, claimId);
  // Editors and admins read every verdict anyway (as canSeeAllReviews in reviews.ts).
  return { ...state, seesAllReviews: can(viewer, "card:publish") || state.reviewed };
}

/**
 * The claim page layout's check (as recordGate's, lib/auth/record-gate.ts): HTTP 404 for an unknown
 * claim before the page streams, from the reader's state the page reads anyway (no statement of its own).
 */
export async function assertClaimExists(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  // An id no row can have (too long, control characters, lone surrogates) is simply not found.
  if (!claimId || claimId.length > 64 || !isCleanText(claimId)) throw new NotFoundError("Claim");
  if (!(await claimReaderState(principal, claimId)).exists) throw new NotFoundError("Claim");
}

type PersonRow = {
  kind: "assignee" | "reviewer";
  id: string | null;
  name: string | null;
  email: string | null;
  at: unknown;
};

/** The assignee with the due date, and the reviewers asked (oldest request first), in one statement. */
export async function assignmentPeople(db: ReadConnection, claimId: string) {
  const rows = await db.sql<PersonRow>`
    SELECT 'assignee' AS "kind", u."id", u."name", u."email", a."dueAt" AS "at"
      FROM "ClaimAssignment" a LEFT JOIN "User" u ON u."id" = a."assigneeId"
      WHERE a."claimId" = ${claimId}
    UNION ALL
    SELECT 'reviewer' AS "kind", u."id", u."name", u."email", r."createdAt" AS "at"
      FROM "ReviewRequest" r JOIN "User" u ON u."id" = r."reviewerId"
      WHERE r."claimId" = ${claimId}`;
  const person = (r: PersonRow) => ({ id: r.id!, name: r.name!, email: r.email! });
  const assignment = rows.find((r) => r.kind === "assignee");
  const reviewers = rows
    .filter((r) => r.kind === "reviewer")
    .map((r) => ({ ...r, at: dateAt(r.at) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    assignee: assignment?.id ? person(assignment) : null,
    dueAt: dateOf(assignment?.at),
    reviewers: reviewers.map(person),
  };
}

/** Active colleagues by name, for pickers and mentions. */
export async function activeColleagues(db: ReadConnection) {
  return db.sql<{ id: string; name: string; email: string; role: string }>`
    SELECT "id", "name", "email", "role" FROM "User" WHERE "disabledAt" IS NULL ORDER BY "name" ASC`;
}

type EventRow = {
  id: string;
  at: unknown;
  entityType: string;
  action: string;
  before: string | null;
  after: string | null;
  userId: string | null;
  userName: string | null;
};

/** A claim's newest audit events (at most `limit`) with the name of whoever made each. */
export async function claimAuditEvents(db: ReadConnection, claimId: string, limit: number) {
  const rows = await db.sql<EventRow>`
    SELECT e."id", e."at", e."entityType", e."action", e."before", e."after", e."userId", u."name" AS "userName"
      FROM "AuditEvent" e LEFT JOIN "User" u ON u."id" = e."userId"
      WHERE e."claimId" = ${claimId}
      ORDER BY e."at" DESC, e."id" DESC
      LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, at: dateAt(r.at) }));
}

type CommentRow = {
  id: string;
  targetType: CommentTarget;
  targetId: string;
  claimId: string | null;
  parentId: string | null;
  body: string;
  revealsVerdicts: unknown;
  createdAt: unknown;
  editedAt: unknown;
  deletedAt: unknown;
  authorId: string;
  authorName: string;
  authorEmail: string;
};

/** Every comment on a claim and its evidence, oldest first, with its author (deleted ones included). */
export async function claimCommentRows(db: ReadConnection, claimId: string) {
  const rows = await db.sql<CommentRow>`
    SELECT c."id", c."targetType", c."targetId", c."claimId", c."parentId", c."body", c."revealsVerdicts",
           c."createdAt", c."editedAt", c."deletedAt", c."authorId", u."name" AS "authorName", u."email" AS "authorEmail"
      FROM "Comment" c JOIN "User" u ON u."id" = c."authorId"
      WHERE c."claimId" = ${claimId}
      ORDER BY c."createdAt" ASC, c."id" ASC`;
  return rows.map(({ authorName, authorEmail, ...r }) => ({
    ...r,
    targetType: String(r.targetType) as CommentTarget,
    revealsVerdicts: Boolean(Number(r.revealsVerdicts)),
    createdAt: dateAt(r.createdAt),
    editedAt: dateOf(r.editedAt),
    deletedAt: dateOf(r.deletedAt),
    author: { id: r.authorId, name: authorName, email: authorEmail },
  }));
}
