// Internal, threaded comments on claims, sources and evidence (ADR 0016). Never read by any public
// route or card snapshot. Blind review: a comment written by someone who could read a claim's verdicts
// is shown only to people who can read them too (see canSeeAllReviews).
import "server-only";
import { cache } from "react";
import { can, requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb, type Tx } from "@/lib/db/client";
import { readConnection } from "@/lib/db/read-connection";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { excerpt } from "@/lib/reader/highlights";
import { handleOf, parseMentions } from "@/lib/team/mentions";
import { parseInput } from "@/lib/validation/parse";
import {
  COMMENT_EDIT_WINDOW_MS,
  commentEditInput,
  commentInput,
  commentListQuery,
  type CommentTarget,
} from "@/lib/validation/team";
import { follow } from "./assignments";
import { claimCommentRows, claimReaderState } from "./claim-reader";
import { recordAudit } from "./audit";
import { notify } from "./notifications";
import { canSeeAllReviews, seesAllReviews } from "./reviews";

type Target = { claimId: string | null; link: string; label: string };

async function resolveTarget(tx: Tx, type: CommentTarget, id: string): Promise<Target> {
  if (type === "claim") {
    const claim = await tx.claim.findUnique({ where: { id }, select: { id: true, text: true } });
    if (!claim) throw new NotFoundError("Claim");
    return { claimId: claim.id, link: `/claims/${claim.id}`, label: `“${excerpt(claim.text, 80)}”` };
  }
  if (type === "evidence") {
    const evidence = await tx.evidence.findUnique({ where: { id }, select: { claimId: true, exact: true } });
    if (!evidence) throw new NotFoundError("Evidence");
    return {
      claimId: evidence.claimId,
      link: `/claims/${evidence.claimId}`,
      label: `evidence “${excerpt(evidence.exact, 60)}”`,
    };
  }
  const source = await tx.source.findUnique({ where: { id }, select: { id: true, title: true } });
  if (!source) throw new NotFoundError("Source");
  return { claimId: null, link: `/sources/${source.id}`, label: `source “${excerpt(source.title, 80)}”` };
}

/** Active colleagues named by unique handle in `body`. */
async function mentionedUsers(tx: Tx, body: string) {
  const handles = parseMentions(body);
  if (!handles.length) return [];
  const users = await tx.user.findMany({ where: { disabledAt: null }, select: { id: true, email: true } });
  return handles.flatMap((h) => {
    const matches = users.filter((u) => handleOf(u.email) === h);
    return matches.length === 1 ? [matches[0].id] : [];
  });
}

async function notifyMentions(tx: Tx, author: Principal, userIds: string[], target: Target, commentId: string) {
  if (target.claimId) await follow(tx, userIds, target.claimId);
  await notify(tx, userIds, {
    kind: "mentioned",
    actor: author,
    title: `${author.name} mentioned you in a comment on ${target.label}`,
    link: `${target.link}#comment-${commentId}`,
    claimId: target.claimId,
  });
}

const commentColumns = {
  id: true,
  targetType: true,
  targetId: true,
  claimId: true,
  parentId: true,
  body: true,
  revealsVerdicts: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  authorId: true,
} as const;
const commentSelect = { ...commentColumns, author: { select: { id: true, name: true, email: true } } } as const;

export async function addComment(principal: Principal | null, raw: unknown) {
  const author = requirePermission(principal, "staff:read");
  if (!author.userId) throw new ForbiddenError("Comments need a signed-in author.");
  const input = parseInput(commentInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const target = await resolveTarget(tx, input.targetType, input.targetId);
    if (input.parentId) {
      const parent = await tx.comment.findUnique({ where: { id: input.parentId } });
      if (!parent || parent.targetType !== input.targetType || parent.targetId !== input.targetId)
        throw new ValidationError("You can reply only to a comment on the same item.", {
          parentId: ["Not a comment on this item."],
        });
    }
    const revealsVerdicts =
      !!target.claimId &&
      (await tx.review.count({ where: { claimId: target.claimId } })) > 0 &&
      (await canSeeAllReviews(tx, author, target.claimId));
    const comment = await tx.comment.create({
      data: {
        ...input,
        parentId: input.parentId ?? null,
        claimId: target.claimId,
        authorId: author.userId,
        revealsVerdicts,
      },
      select: commentSelect,
    });
    await recordAudit(tx, author, {
      entityType: "comment",
      entityId: comment.id,
      claimId: target.claimId,
      action: "create",
      after: { targetType: input.targetType, targetId: input.targetId, body: input.body },
    });
    if (target.claimId) await follow(tx, [author.userId], target.claimId);
    await notifyMentions(tx, author, await mentionedUsers(tx, input.body), target, comment.id);
    return comment;
  });
}

type Row = Awaited<ReturnType<typeof commentRows>>[number];
/** Comments with their authors: the authors in a second read only when there are comments (an include reads them always). */
async function commentRows(tx: Tx, where: { targetType?: CommentTarget; targetId?: string; claimId?: string }) {
  const rows = await tx.comment.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: commentColumns,
  });
  if (!rows.length) return [];
  const authors = await tx.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(authors.map((a) => [a.id, a]));
  return rows.map((r) => ({ ...r, author: byId.get(r.authorId)! }));
}

/** The thread on one item, oldest first, as this viewer may read it. */
export async function listComments(principal: Principal | null, raw: unknown) {
  const viewer = requirePermission(principal, "staff:read");
  const { targetType, targetId } = parseInput(commentListQuery, raw);
  const db = await getDb();
  const target = await resolveTarget(db, targetType, targetId);
  const all = await commentRows(db, { targetType, targetId });
  return shapeThread(viewer, all, !target.claimId || (await seesAllReviews(viewer, target.claimId)));
}

/**
 * Every comment on a claim and on its evidence, oldest first, with its author: read once per request
 * (React's cache(); the claim page's threads and its timeline both use it, ADR 0030), in SQL (ADR 0035). Deleted ones
 * included: callers decide what to show of them.
 */
export const claimComments = cache(async (principal: Principal | null, claimId: string) => {
  requirePermission(principal, "staff:read");
  return claimCommentRows(await readConnection(), claimId);
});

/**
 * The claim page's threads, the claim's own and each evidence item's (the page has read the evidence,
 * oldest first), from one read of the claim's comments and one of their authors when there are any.
 */
export async function claimPageThreads(
  principal: Principal | null,
  claimId: string,
  evidence: Array<{ id: string; exact: string }>,
) {
  const viewer = requirePermission(principal, "staff:read");
  const [all, { seesAllReviews: seesVerdicts }] = await Promise.all([
    claimComments(viewer, claimId),
    claimReaderState(viewer, claimId),
  ]);
  const on = (targetType: CommentTarget, targetId: string) =>
    all.filter((c) => c.targetType === targetType && c.targetId === targetId);
  return {
    thread: shapeThread(viewer, on("claim", claimId), seesVerdicts),
    evidenceThreads: evidence.map((e) => ({
      evidence: { id: e.id, excerpt: excerpt(e.exact, 80) },
      ...shapeThread(viewer, on("evidence", e.id), seesVerdicts),
    })),
  };
}

function shapeThread(viewer: Principal, all: Row[], seesVerdicts: boolean) {
  const visible = all.filter((c) => seesVerdicts || !c.revealsVerdicts || c.authorId === viewer.userId);
  const now = Date.now();
  return {
    comments: visible.map(({ revealsVerdicts: _r, ...c }) => ({
      ...c,
      body: c.deletedAt ? "" : c.body,
      canEdit: !c.deletedAt && c.authorId === viewer.userId && now - c.createdAt.getTime() < COMMENT_EDIT_WINDOW_MS,
      canDelete: !c.deletedAt && (c.authorId === viewer.userId || can(viewer, "user:manage")),
    })),
    /** Comments from people who have seen the verdicts, hidden until the viewer submits a review. */
    hiddenUntilYouReview: all.length - visible.length,
  };
}

async function ownComment(tx: Tx, id: string) {
  const comment = await tx.comment.findUnique({ where: { id } });
  if (!comment || comment.deletedAt) throw new NotFoundError("Comment");
  return comment;
}

/** The author may edit within 15 minutes of writing. Newly mentioned colleagues are notified. */
export async function editComment(principal: Principal | null, id: string, raw: unknown, now = new Date()) {
  const author = requirePermission(principal, "staff:read");
  const { body } = parseInput(commentEditInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const comment = await ownComment(tx, id);
    if (comment.authorId !== author.userId) throw new ForbiddenError("Only the author can edit a comment.");
    if (now.getTime() - comment.createdAt.getTime() >= COMMENT_EDIT_WINDOW_MS)
      throw new ValidationError("Comments can be edited for 15 minutes after writing; add a reply instead.", {
        body: ["The 15-minute edit window has passed."],
      });
    const before = await mentionedUsers(tx, comment.body);
    const updated = await tx.comment.update({ where: { id }, data: { body, editedAt: now }, select: commentSelect });
    await recordAudit(tx, author, {
      entityType: "comment",
      entityId: id,
      claimId: comment.claimId,
      action: "edit",
      before: { body: comment.body },
      after: { body },
    });
    const added = (await mentionedUsers(tx, body)).filter((u) => !before.includes(u));
    const target = await resolveTarget(tx, comment.targetType, comment.targetId);
    await notifyMentions(tx, author, added, target, id);
    return updated;
  });
}

/** The author or an admin removes a comment; its words stay only in the audit log. */
export async function deleteComment(principal: Principal | null, id: string) {
  const user = requirePermission(principal, "staff:read");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const comment = await ownComment(tx, id);
    if (comment.authorId !== user.userId && !can(user, "user:manage"))
      throw new ForbiddenError("Only the author or an admin can delete a comment.");
    await tx.comment.update({ where: { id }, data: { deletedAt: new Date(), body: "" } });
    await recordAudit(tx, user, {
      entityType: "comment",
      entityId: id,
      claimId: comment.claimId,
      action: "delete",
      before: { body: comment.body },
    });
    return { id, deleted: true };
  });
}
