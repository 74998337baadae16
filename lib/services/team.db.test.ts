// Assignments, comments with mentions, notification fan-out and blind review (ADR 0016).
import { describe, expect, it } from "vitest";
import { claimVersion, draftClaim, REVIEW, team } from "@/lib/testing/card-fixtures";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { handleOf } from "@/lib/team/mentions";
import { useTestDatabase } from "@/lib/testing/test-database";
import { claimTimeline, deskActivity } from "./activity";
import { assignClaim, myWork, reviewQueueWithAssignments, takeClaim } from "./assignments";
import { claimAuditLog } from "./audit-log";
import { correctCard, publishCard } from "./cards";
import { addComment, claimPageThreads, deleteComment, editComment, listComments } from "./comments";
import { listNotifications, markNotificationsRead, saveNotificationSettings, unreadCount } from "./notifications";
import { submitReview } from "./reviews";
import { transitionClaim } from "./workflow";

const { db } = useTestDatabase();
const inbox = async (p: { userId: string }) =>
  (await listNotifications(p as never)).items.map((n) => ({ kind: n.kind, title: n.title, link: n.link }));

describe("assignments", () => {
  it("editors assign an analyst, reviewers and a due date; the assignee and reviewers are notified", async () => {
    const { analyst, reviewer, editor } = await team();
    const { claim } = await draftClaim(editor);
    await assignClaim(editor, claim.id, {
      assigneeId: analyst.userId,
      reviewerIds: [reviewer.userId],
      dueAt: "2026-12-01",
    });
    expect(await inbox(analyst)).toEqual([expect.objectContaining({ kind: "assigned", link: `/claims/${claim.id}` })]);
    expect(await inbox(reviewer)).toEqual([
      expect.objectContaining({ kind: "review_requested", link: `/claims/${claim.id}/review` }),
    ]);
    expect(await unreadCount(analyst)).toBe(1);
    // Saving the same assignment again notifies nobody twice.
    await assignClaim(editor, claim.id, {
      assigneeId: analyst.userId,
      reviewerIds: [reviewer.userId],
      dueAt: "2026-12-01",
    });
    expect(await unreadCount(analyst)).toBe(1);
    expect(await unreadCount(reviewer)).toBe(1);
    const audit = await (await db()).auditEvent.findMany({ where: { claimId: claim.id, entityType: "assignment" } });
    expect(audit).toHaveLength(2);
  });

  it("refuses analysts assigning, reviewers as assignees and analysts as reviewers, changing nothing", async () => {
    const { analyst, reviewer, editor } = await team();
    const { claim } = await draftClaim(analyst);
    await expect(assignClaim(analyst, claim.id, { assigneeId: analyst.userId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assignClaim(editor, claim.id, { assigneeId: reviewer.userId })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(assignClaim(editor, claim.id, { reviewerIds: [analyst.userId] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await (await db()).claimAssignment.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("lets an analyst take an unassigned claim, but not one someone else has", async () => {
    const { analyst, editor } = await team();
    const other = (await team()).analyst;
    const { claim } = await draftClaim(editor);
    await takeClaim(analyst, claim.id);
    await expect(takeClaim(other, claim.id)).rejects.toBeInstanceOf(ConflictError);
    const { claim: second } = await draftClaim(editor);
    await assignClaim(editor, second.id, { assigneeId: analyst.userId });
    await expect(takeClaim(other, second.id)).rejects.toBeInstanceOf(ConflictError);
    await assignClaim(editor, second.id, {});
    await takeClaim(other, second.id);
    expect((await myWork(other)).assigned.map((c) => c.id)).toEqual([second.id]);
  });

  it("lists my work overdue first and shows assignee and due date in the review queue", async () => {
    const { analyst, reviewer, editor } = await team();
    const late = (await draftClaim(editor, { text: "Late claim (fictional)" })).claim;
    const soon = (await draftClaim(editor, { text: "Later claim (fictional)" })).claim;
    const now = new Date("2026-11-30T12:00:00Z");
    await assignClaim(editor, soon.id, {
      assigneeId: analyst.userId,
      reviewerIds: [reviewer.userId],
      dueAt: "2026-12-05",
    });
    await assignClaim(editor, late.id, {
      assigneeId: analyst.userId,
      reviewerIds: [reviewer.userId],
      dueAt: "2026-11-29",
    });
    const work = await myWork(analyst, now);
    expect(work.assigned.map((c) => [c.id, c.due])).toEqual([
      [late.id, "overdue"],
      [soon.id, "later"],
    ]);
    // Review requests show only while the claim is reviewable and the reviewer has not reviewed it.
    expect((await myWork(reviewer, now)).reviews).toEqual([]);
    await transitionClaim(analyst, late.id, { to: "in_review", version: 1 });
    expect((await myWork(reviewer, now)).reviews.map((r) => r.id)).toEqual([late.id]);
    const queue = await reviewQueueWithAssignments(editor, { assignee: analyst.userId, due: "overdue" }, now);
    expect(queue.map((r) => [r.id, r.assignee?.id])).toEqual([[late.id, analyst.userId]]);
    expect(await reviewQueueWithAssignments(editor, { assignee: "none" }, now)).not.toContainEqual(
      expect.objectContaining({ id: late.id }),
    );
    await submitReview(reviewer, late.id, REVIEW);
    expect((await myWork(reviewer, now)).reviews).toEqual([]);
  });
});

describe("comments and mentions", () => {
  it("notifies each mentioned colleague once, not the author, and links to the comment", async () => {
    const { analyst, reviewer, editor } = await team();
    const { claim } = await draftClaim(analyst);
    const comment = await addComment(editor, {
      targetType: "claim",
      targetId: claim.id,
      body: `@${handleOf(reviewer.email)} and @${handleOf(reviewer.email)}, also @${handleOf(editor.email)} and @nobody-here: check https://post.example/x`,
    });
    expect(await inbox(reviewer)).toEqual([
      {
        kind: "mentioned",
        title: expect.stringContaining(editor.name),
        link: `/claims/${claim.id}#comment-${comment.id}`,
      },
    ]);
    expect(await unreadCount(editor)).toBe(0);
    expect(await unreadCount(analyst)).toBe(0);
    // An edit notifies only people newly mentioned.
    await editComment(editor, comment.id, { body: `@${handleOf(reviewer.email)} @${handleOf(analyst.email)} please` });
    expect(await unreadCount(reviewer)).toBe(1);
    expect((await inbox(analyst)).map((n) => n.kind)).toEqual(["mentioned"]);
  });

  it("threads replies, edits within 15 minutes by the author only, deletes by author or admin, audits all", async () => {
    const { analyst, reviewer, admin, editor } = await team();
    const { claim, source, evidence } = await draftClaim(analyst);
    const first = await addComment(analyst, {
      targetType: "evidence",
      targetId: evidence!.id,
      body: "Is this the right quote?",
    });
    const reply = await addComment(editor, {
      targetType: "evidence",
      targetId: evidence!.id,
      parentId: first.id,
      body: "Yes.",
    });
    expect(reply.claimId).toBe(claim.id);
    await expect(
      addComment(editor, { targetType: "source", targetId: source.id, parentId: first.id, body: "wrong thread" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(editComment(reviewer, first.id, { body: "hijack" })).rejects.toBeInstanceOf(ForbiddenError);
    const late = new Date(first.createdAt.getTime() + 15 * 60 * 1000);
    await expect(editComment(analyst, first.id, { body: "too late" }, late)).rejects.toBeInstanceOf(ValidationError);
    await editComment(analyst, first.id, { body: "Is this the exact quote?" });
    await expect(deleteComment(reviewer, reply.id)).rejects.toBeInstanceOf(ForbiddenError);
    await deleteComment(admin, reply.id);
    const { comments } = await listComments(analyst, { targetType: "evidence", targetId: evidence!.id });
    expect(comments.map((c) => [c.body, c.parentId, !!c.deletedAt])).toEqual([
      ["Is this the exact quote?", null, false],
      ["", first.id, true],
    ]);
    // The claim page's threads, from one read of the claim's comments, are the same threads.
    const onClaim = await addComment(analyst, { targetType: "claim", targetId: claim.id, body: "Source checked." });
    const threads = await claimPageThreads(analyst, claim.id, [{ id: evidence!.id, exact: "the quoted words" }]);
    expect(threads.evidenceThreads).toEqual([
      {
        evidence: { id: evidence!.id, excerpt: "the quoted words" },
        ...(await listComments(analyst, { targetType: "evidence", targetId: evidence!.id })),
      },
    ]);
    expect(threads.thread.comments.map((c) => c.id)).toEqual([onClaim.id]);
    const actions = (
      await (await db()).auditEvent.findMany({ where: { entityType: "comment", claimId: claim.id } })
    ).map((e) => e.action);
    expect(actions.sort()).toEqual(["create", "create", "create", "delete", "edit"]);
  });
});

describe("claim timeline", () => {
  it("names who acted and who commented, newest first, without deleted comments", async () => {
    const { analyst, editor } = await team();
    const { claim } = await draftClaim(analyst);
    await addComment(editor, { targetType: "claim", targetId: claim.id, body: "Checked the ferry timetable." });
    const gone = await addComment(analyst, { targetType: "claim", targetId: claim.id, body: "Wrong thread, sorry." });
    await deleteComment(analyst, gone.id);
    await assignClaim(editor, claim.id, { assigneeId: analyst.userId });
    const timeline = await claimTimeline(analyst, claim.id);
    const comments = timeline.filter((i) => i.kind === "comment");
    expect(comments.map((c) => [c.who, c.text])).toEqual([["Test editor", "commented: Checked the ferry timetable."]]);
    expect(timeline.find((i) => i.kind === "assignment")?.who).toBe("Test editor");
    expect(timeline.some((i) => i.who === "Test analyst")).toBe(true); // the claim's creation
    expect(timeline.map((i) => i.at.getTime())).toEqual(timeline.map((i) => i.at.getTime()).sort((a, b) => b - a));
  });
});

describe("blind review", () => {
  it("keeps verdict-aware comments, their audit text and verdicts away from a reviewer who has not reviewed", async () => {
    const { analyst, reviewer, reviewer2, editor } = await team();
    const { claim } = await draftClaim(analyst);
    await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
    const before = await addComment(analyst, { targetType: "claim", targetId: claim.id, body: "Ready for review." });
    await submitReview(reviewer, claim.id, {
      ...REVIEW,
      truthVerdict: "false",
      rationale: "Harbour log says otherwise.",
    });
    const leak = await addComment(reviewer, {
      targetType: "claim",
      targetId: claim.id,
      body: `I rated it false. @${handleOf(reviewer2.email)} what do you think?`,
    });
    await addComment(editor, { targetType: "claim", targetId: claim.id, body: "Reviewer one found the harbour log." });

    const blind = await listComments(reviewer2, { targetType: "claim", targetId: claim.id });
    expect(blind.comments.map((c) => c.id)).toEqual([before.id]);
    expect(blind.hiddenUntilYouReview).toBe(2);
    expect((await claimPageThreads(reviewer2, claim.id, [])).thread).toEqual(blind);
    // The mention still arrives, without the words of the comment.
    const [mention] = await inbox(reviewer2);
    expect(mention.kind).toBe("mentioned");
    expect(mention.title).not.toMatch(/false|harbour/i);
    const history = await claimAuditLog(reviewer2, claim.id);
    const texts = JSON.stringify(history.events.map((e) => e.changes));
    expect(texts).not.toMatch(/rated it false|Harbour log|harbour log/);
    // The claim's author hears a review came in, never its verdict.
    const [submitted] = (await inbox(analyst)).filter((n) => n.kind === "review_submitted");
    expect(submitted.title).not.toMatch(/false|Harbour/i);

    // The timeline says a review and comments happened, without the verdict or the verdict-aware words.
    const timeline = await claimTimeline(reviewer2, claim.id);
    const said = timeline.map((i) => `${i.kind}: ${i.text}`).join("\n");
    expect(said).toMatch(/review: submitted a review \(hidden until you submit your own\)/);
    expect(said).toMatch(/Ready for review/);
    expect(said).not.toMatch(/false|harbour/i);
    const editorView = (await claimTimeline(editor, claim.id)).map((i) => i.text).join("\n");
    expect(editorView).toMatch(/submitted a review: false/);
    expect(editorView).toMatch(/I rated it false/);
    await expect(deskActivity(reviewer2)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await deskActivity(editor)).items.some((i) => i.claim?.id === claim.id && i.kind === "comment")).toBe(true);

    await submitReview(reviewer2, claim.id, REVIEW);
    const sighted = await listComments(reviewer2, { targetType: "claim", targetId: claim.id });
    expect(sighted.comments.map((c) => c.id)).toContain(leak.id);
    expect(sighted.hiddenUntilYouReview).toBe(0);
  });
});

describe("notification fan-out", () => {
  it("tells followers of status changes and earlier publishers of corrections, as their settings say", async () => {
    const { analyst, reviewer, editor, admin } = await team();
    const { claim } = await draftClaim(analyst);
    await assignClaim(editor, claim.id, { assigneeId: analyst.userId, reviewerIds: [reviewer.userId] });
    await markNotificationsRead(analyst, { all: true });
    await markNotificationsRead(reviewer, { all: true });
    await saveNotificationSettings(reviewer, { settings: [{ kind: "status_changed", inApp: false, email: false }] });
    await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
    expect(await unreadCount(analyst)).toBe(0); // their own change
    expect(await unreadCount(reviewer)).toBe(0); // switched off
    await submitReview(reviewer, claim.id, REVIEW);
    // The first review moves the claim on: the assignee (also its author) hears of the review and the change.
    const unread = await listNotifications(analyst, { unreadOnly: true });
    expect(unread.items.map((n) => n.kind).sort()).toEqual(["review_submitted", "status_changed"]);
    const v = await claimVersion(claim.id);
    await publishCard(editor, claim.id, { version: v, headline: "Ferry at dawn (fictional)", ...REVIEW });
    await correctCard(admin, claim.id, { version: v + 1, note: "Fixed the time." });
    expect((await inbox(editor)).map((n) => n.kind)).toContain("card_corrected");
    const [corrected] = (await inbox(editor)).filter((n) => n.kind === "card_corrected");
    expect(corrected.link).toBe(`/claims/${claim.id}/review`);
    expect(await markNotificationsRead(editor, { all: true })).toEqual({ marked: expect.any(Number) });
    expect(await unreadCount(editor)).toBe(0);
  });
});
