// The claim page's per-person reads written in SQL (ADR 0035) answer what the ORM answers for the same
// rows, on SQLite and PostgreSQL: dates as dates, flags as booleans, names joined, order kept.
import { describe, expect, it } from "vitest";
import { draftClaim, REVIEW, team } from "@/lib/testing/card-fixtures";
import { makeUser } from "@/lib/testing/factories";
import { readConnection } from "@/lib/db/read-connection";
import { useTestDatabase } from "@/lib/testing/test-database";
import { assignClaim, setFollowing } from "./assignments";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import {
  activeColleagues,
  assertClaimExists,
  assignmentPeople,
  claimAuditEvents,
  claimCommentRows,
  claimReaderState,
} from "./claim-reader";
import { addComment, deleteComment } from "./comments";
import { claimExists } from "./existence";
import { unreadCount } from "./notifications";
import { submitReview } from "./reviews";
import { transitionClaim } from "./workflow";

const { db } = useTestDatabase();

describe("claim page reads in SQL", () => {
  it("read the assignment, reviewers, follow, own review, comments and audit events the ORM stores", async () => {
    const { analyst, reviewer, reviewer2, editor } = await team();
    const { claim, evidence } = await draftClaim(analyst);
    const prisma = await db();

    expect(await claimReaderState(analyst, claim.id)).toEqual({
      exists: true,
      pageVersion: 0,
      following: false,
      reviewed: false,
      seesAllReviews: false,
    });
    expect(await assignmentPeople(await readConnection(), claim.id)).toEqual({
      assignee: null,
      dueAt: null,
      reviewers: [],
    });

    await assignClaim(editor, claim.id, {
      assigneeId: analyst.userId,
      reviewerIds: [reviewer2.userId, reviewer.userId],
      dueAt: "2026-12-24",
    });
    await setFollowing(reviewer, claim.id, false);
    await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
    await submitReview(reviewer, claim.id, REVIEW);
    const first = await addComment(analyst, { targetType: "claim", targetId: claim.id, body: "Check the ferry log" });
    await addComment(reviewer, {
      targetType: "evidence",
      targetId: evidence!.id,
      body: "The quote is from the harbourmaster",
    });
    const gone = await addComment(analyst, { targetType: "claim", targetId: claim.id, body: "Never mind" });
    await deleteComment(analyst, gone.id);

    const people = await assignmentPeople(await readConnection(), claim.id);
    const requests = await prisma.reviewRequest.findMany({
      where: { claimId: claim.id },
      orderBy: { createdAt: "asc" },
      include: { reviewer: { select: { id: true, name: true, email: true } } },
    });
    expect(people.assignee).toEqual({ id: analyst.userId, name: analyst.name, email: analyst.email });
    expect(people.dueAt).toEqual(
      (await prisma.claimAssignment.findUniqueOrThrow({ where: { claimId: claim.id } })).dueAt,
    );
    expect(people.dueAt).toBeInstanceOf(Date);
    expect(people.reviewers).toEqual(requests.map((r) => r.reviewer));
    expect(people.reviewers).toHaveLength(2);

    // The assignee follows by being assigned; the reviewer unfollowed, then reviewed (which counts).
    expect(await claimReaderState(analyst, claim.id)).toMatchObject({ following: true, reviewed: false });
    expect(await claimReaderState(reviewer, claim.id)).toMatchObject({ reviewed: true, seesAllReviews: true });
    expect(await claimReaderState(reviewer2, claim.id)).toMatchObject({ reviewed: false, seesAllReviews: false });
    expect((await claimReaderState(editor, claim.id)).seesAllReviews).toBe(true);
    // Reviews move the claim's page counter (ADR 0030 triggers), which the state reads.
    const counter = await prisma.claimPageVersion.findUnique({ where: { claimId: claim.id } });
    expect((await claimReaderState(analyst, claim.id)).pageVersion).toBe(counter?.n ?? 0);
    expect(counter?.n ?? 0).toBeGreaterThan(0);

    const comments = await claimCommentRows(await readConnection(), claim.id);
    const stored = await prisma.comment.findMany({
      where: { claimId: claim.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author: { select: { id: true, name: true, email: true } } },
    });
    expect(comments).toEqual(
      stored.map(({ author, ...c }) => ({
        id: c.id,
        targetType: c.targetType,
        targetId: c.targetId,
        claimId: c.claimId,
        parentId: c.parentId,
        body: c.body,
        revealsVerdicts: c.revealsVerdicts,
        createdAt: c.createdAt,
        editedAt: c.editedAt,
        deletedAt: c.deletedAt,
        authorId: c.authorId,
        author,
      })),
    );
    expect(comments.map((c) => [c.id === first.id, c.revealsVerdicts, c.deletedAt instanceof Date])).toEqual([
      [true, false, false],
      [false, true, false], // the reviewer had seen the verdicts when writing
      [false, false, true],
    ]);

    const events = await claimAuditEvents(await readConnection(), claim.id, 300);
    const audit = await prisma.auditEvent.findMany({
      where: { claimId: claim.id },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      include: { user: { select: { name: true } } },
    });
    expect(events).toEqual(
      audit.map((e) => ({
        id: e.id,
        at: e.at,
        entityType: e.entityType,
        action: e.action,
        before: e.before,
        after: e.after,
        userId: e.userId,
        userName: e.user?.name ?? null,
      })),
    );
    expect(await claimAuditEvents(await readConnection(), claim.id, 2)).toEqual(events.slice(0, 2));
  });

  it("list active colleagues by name, count unread notifications and tell whether a claim exists", async () => {
    const gone = await makeUser("analyst");
    await (await db()).user.update({ where: { id: gone.userId }, data: { disabledAt: new Date() } });
    const { analyst, editor } = await team();
    const stored = await (
      await db()
    ).user.findMany({
      where: { disabledAt: null },
      select: { id: true, name: true, email: true, role: true },
      orderBy: { name: "asc" },
    });
    expect(await activeColleagues(await readConnection())).toEqual(stored);
    expect((await activeColleagues(await readConnection())).map((u) => u.id)).not.toContain(gone.userId);

    const { claim } = await draftClaim(analyst);
    expect(await unreadCount(analyst)).toBe(0);
    await assignClaim(editor, claim.id, { assigneeId: analyst.userId });
    expect(await unreadCount(analyst)).toBe(1);
    expect(await claimExists(claim.id)).toBe(true);
    expect(await claimExists("no-such-claim")).toBe(false);
    // The claim page layout's 404 comes from the reader's state.
    expect((await claimReaderState(analyst, "no-such-claim")).exists).toBe(false);
    await expect(assertClaimExists(analyst, claim.id)).resolves.toBeUndefined();
    await expect(assertClaimExists(analyst, "no-such-claim")).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertClaimExists(analyst, "x".repeat(65))).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertClaimExists(null, claim.id)).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
