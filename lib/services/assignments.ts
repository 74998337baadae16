// Who works on a claim, who is asked to review it, and by when (ADR 0016). Editors and admins assign;
// an analyst may take a claim nobody has. Assignees and requested reviewers follow the claim.
import "server-only";
import { can, requirePermission, type Principal } from "@/lib/auth/principal";
import { roleCan } from "@/lib/auth/roles";
import { getDb, type Tx } from "@/lib/db/client";
import { readConnection } from "@/lib/db/read-connection";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { excerpt } from "@/lib/reader/highlights";
import { byUrgency, dueState } from "@/lib/team/due";
import { parseInput } from "@/lib/validation/parse";
import type { ClaimStatus } from "@/lib/validation/claims";
import { assignmentInput } from "@/lib/validation/team";
import { recordAudit } from "./audit";
import { notify } from "./notifications";
import { activeColleagues, assignmentPeople, claimReaderState } from "./claim-reader";
import { reviewQueue } from "./reviews";

const person = { select: { id: true, name: true, email: true } } as const;

export async function follow(tx: Tx, userIds: (string | null | undefined)[], claimId: string) {
  for (const userId of new Set(userIds.filter((u): u is string => !!u)))
    await tx.claimFollow.upsert({
      where: { userId_claimId: { userId, claimId } },
      create: { userId, claimId },
      update: {},
    });
}

export async function getAssignment(principal: Principal | null, claimId: string) {
  requirePermission(principal, "staff:read");
  // In SQL: the claim page reads this on every view (ADR 0035).
  const reader = await claimReaderState(principal, claimId);
  if (!reader.exists) throw new NotFoundError("Claim");
  return { ...(await assignmentPeople(await readConnection(), claimId)), following: reader.following };
}

/** Active colleagues who can take a role in assignments (for pickers and mention autocomplete). */
export async function teamMembers(principal: Principal | null) {
  requirePermission(principal, "staff:read");
  return activeColleagues(await readConnection());
}

async function checkPeople(tx: Tx, assigneeId: string | undefined, reviewerIds: string[]) {
  const ids = [...new Set([...(assigneeId ? [assigneeId] : []), ...reviewerIds])];
  const users = await tx.user.findMany({
    where: { id: { in: ids }, disabledAt: null },
    select: { id: true, role: true },
  });
  const roleOf = (id: string) => users.find((u) => u.id === id)?.role;
  const fields: Record<string, string[]> = {};
  if (assigneeId) {
    const role = roleOf(assigneeId);
    if (!role) fields.assigneeId = ["No active colleague has this id."];
    else if (!roleCan(role, "claim:write"))
      fields.assigneeId = ["Assign an analyst, editor or admin: reviewers do not edit claims."];
  }
  const bad = reviewerIds.filter((id) => !roleOf(id) || !roleCan(roleOf(id)!, "review:write"));
  if (bad.length) fields.reviewerIds = ["Request reviews only from active reviewers, editors or admins."];
  if (Object.keys(fields).length) throw new ValidationError(Object.values(fields)[0][0], fields);
}

/** Sets assignee, requested reviewers and due date (editors and admins). Newly named people are notified. */
export async function assignClaim(principal: Principal | null, claimId: string, raw: unknown) {
  const editor = requirePermission(principal, "card:publish");
  const input = parseInput(assignmentInput, raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, text: true } });
    if (!claim) throw new NotFoundError("Claim");
    await checkPeople(tx, input.assigneeId, input.reviewerIds);
    const before = await tx.claimAssignment.findUnique({ where: { claimId } });
    const previousReviewers = (await tx.reviewRequest.findMany({ where: { claimId } })).map((r) => r.reviewerId);
    const data = {
      assigneeId: input.assigneeId ?? null,
      dueAt: input.dueAt ?? null,
      assignedById: editor.userId || null,
    };
    await tx.claimAssignment.upsert({ where: { claimId }, create: { claimId, ...data }, update: data });
    await tx.reviewRequest.deleteMany({ where: { claimId, reviewerId: { notIn: input.reviewerIds } } });
    const added = input.reviewerIds.filter((id) => !previousReviewers.includes(id));
    for (const reviewerId of added)
      await tx.reviewRequest.create({ data: { claimId, reviewerId, requestedById: editor.userId || null } });
    await follow(tx, [data.assigneeId, ...added], claimId);
    await recordAudit(tx, editor, {
      entityType: "assignment",
      entityId: claimId,
      claimId,
      action: "assign",
      before: { assigneeId: before?.assigneeId ?? null, dueAt: before?.dueAt ?? null, reviewerIds: previousReviewers },
      after: { ...data, reviewerIds: input.reviewerIds },
    });
    const about = `“${excerpt(claim.text, 80)}”`;
    if (data.assigneeId && data.assigneeId !== before?.assigneeId)
      await notify(tx, [data.assigneeId], {
        kind: "assigned",
        actor: editor,
        title: `${editor.name} assigned you ${about}`,
        link: `/claims/${claimId}`,
        claimId,
      });
    await notify(tx, added, {
      kind: "review_requested",
      actor: editor,
      title: `${editor.name} asked you to review ${about}`,
      link: `/claims/${claimId}/review`,
      claimId,
    });
    return { claimId, ...data, reviewerIds: input.reviewerIds };
  });
}

/** An analyst (or anyone who edits claims) takes a claim nobody is assigned to. */
export async function takeClaim(principal: Principal | null, claimId: string) {
  const user = requirePermission(principal, "claim:write");
  if (!user.userId) throw new ForbiddenError("Only a signed-in colleague can take a claim.");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw new NotFoundError("Claim");
    const current = await tx.claimAssignment.findUnique({ where: { claimId }, include: { assignee: person } });
    if (current?.assigneeId && current.assigneeId !== user.userId)
      throw new ConflictError(`This claim is already assigned to ${current.assignee?.name ?? "someone"}.`);
    // Conditional write: of two colleagues taking the same claim at once, one wins and one gets 409.
    if (current) {
      const { count } = await tx.claimAssignment.updateMany({
        where: { claimId, assigneeId: null },
        data: { assigneeId: user.userId, assignedById: user.userId },
      });
      if (!count && current.assigneeId !== user.userId) throw new ConflictError("Someone took this claim just now.");
    } else {
      await tx.claimAssignment.create({ data: { claimId, assigneeId: user.userId, assignedById: user.userId } });
    }
    await follow(tx, [user.userId], claimId);
    await recordAudit(tx, user, {
      entityType: "assignment",
      entityId: claimId,
      claimId,
      action: "take",
      before: { assigneeId: null },
      after: { assigneeId: user.userId },
    });
    return { claimId, assigneeId: user.userId };
  });
}

export async function setFollowing(principal: Principal | null, claimId: string, following: boolean) {
  const user = requirePermission(principal, "staff:read");
  const db = await getDb();
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!claim) throw new NotFoundError("Claim");
  if (following) await follow(db, [user.userId], claimId);
  else await db.claimFollow.deleteMany({ where: { userId: user.userId, claimId } });
  return { claimId, following };
}

const OPEN: ClaimStatus[] = ["draft", "in_review", "verdict_proposed"];

/** "My work": claims assigned to me and reviews asked of me (not yet given), overdue first. */
export async function myWork(principal: Principal | null, now = new Date()) {
  const user = requirePermission(principal, "staff:read");
  const db = await getDb();
  const [assigned, requests] = await Promise.all([
    db.claimAssignment.findMany({
      where: { assigneeId: user.userId, claim: { status: { in: OPEN } } },
      include: { claim: { select: { id: true, text: true, status: true, updatedAt: true } } },
      take: 200,
    }),
    db.reviewRequest.findMany({
      where: {
        reviewerId: user.userId,
        claim: { status: { in: ["in_review", "verdict_proposed"] }, reviews: { none: { reviewerId: user.userId } } },
      },
      include: { claim: { select: { id: true, text: true, status: true, updatedAt: true, assignment: true } } },
      take: 200,
    }),
  ]);
  const assignedItems = assigned
    .map((a) => ({ ...a.claim, dueAt: a.dueAt, since: a.updatedAt, due: dueState(a.dueAt, now) }))
    .sort(byUrgency);
  const reviewItems = requests
    .map((r) => {
      const dueAt = r.claim.assignment?.dueAt ?? null;
      return {
        id: r.claim.id,
        text: r.claim.text,
        status: r.claim.status,
        dueAt,
        since: r.createdAt,
        due: dueState(dueAt, now),
      };
    })
    .sort(byUrgency);
  return { assigned: assignedItems, reviews: reviewItems };
}

export type QueueFilter = { assignee?: string; due?: string };

/** The review queue with each claim's assignee and due date, filtered by them ("me", "none", a user id; "overdue"). */
export async function reviewQueueWithAssignments(
  principal: Principal | null,
  filter: QueueFilter = {},
  now = new Date(),
) {
  const user = requirePermission(principal, "staff:read");
  const queue = await reviewQueue(user);
  const db = await getDb();
  const assignments = await db.claimAssignment.findMany({
    where: { claimId: { in: queue.map((c) => c.id) } },
    include: { assignee: person },
  });
  const byClaim = new Map(assignments.map((a) => [a.claimId, a]));
  const rows = queue.map((c) => {
    const a = byClaim.get(c.id);
    return { ...c, assignee: a?.assignee ?? null, dueAt: a?.dueAt ?? null, due: dueState(a?.dueAt ?? null, now) };
  });
  const assignee = filter.assignee === "me" ? user.userId : filter.assignee;
  return rows.filter(
    (r) =>
      (!assignee || (assignee === "none" ? !r.assignee : r.assignee?.id === assignee)) &&
      (!filter.due || (filter.due === "overdue" ? r.due === "overdue" : filter.due === "none" ? !r.dueAt : !!r.dueAt)),
  );
}

export const canAssign = (principal: Principal | null) => can(principal, "card:publish");
