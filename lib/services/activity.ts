// Timelines (ADR 0016): one claim's audit events, comments, reviews and publications merged in time
// order, blind as the reader's review status requires; and a desk-wide feed for editors.
import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { readConnection } from "@/lib/db/read-connection";
import { NotFoundError } from "@/lib/errors";
import { excerpt } from "@/lib/reader/highlights";
import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/validation/claims";
import { parseInput } from "@/lib/validation/parse";
import { activityQuery } from "@/lib/validation/team";
import { claimAuditEvents, claimReaderState } from "./claim-reader";
import { claimComments } from "./comments";

export type ActivityKind = "status" | "review" | "publication" | "comment" | "assignment" | "edit";
export type ActivityItem = {
  id: string;
  at: Date;
  kind: ActivityKind;
  who: string;
  text: string;
  claim?: { id: string; text: string } | null;
};

const status = (s: unknown) => CLAIM_STATUS_LABELS[s as ClaimStatus] ?? String(s);
const parse = (json: string | null) => {
  try {
    return json ? (JSON.parse(json) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

type Event = {
  id: string;
  at: Date;
  entityType: string;
  action: string;
  before: string | null;
  after: string | null;
  userId: string | null;
};

/** A sentence for an audit event; review content only for those who may read verdicts. */
function describe(e: Event, seesReviews: boolean, viewerId: string): { kind: ActivityKind; text: string } | null {
  const after = parse(e.after);
  const before = parse(e.before);
  switch (e.entityType) {
    case "claim":
      if (e.action === "status")
        return { kind: "status", text: `moved the claim from ${status(before.status)} to ${status(after.status)}` };
      return { kind: "edit", text: e.action === "create" ? "created the claim" : "edited the claim" };
    case "review": {
      const verb = e.action === "revise" ? "revised a review" : "submitted a review";
      if (!seesReviews && e.userId !== viewerId)
        return { kind: "review", text: `${verb} (hidden until you submit your own)` };
      return { kind: "review", text: `${verb}: ${after.truthVerdict} / ${after.attributionVerdict}` };
    }
    case "card":
      return {
        kind: "publication",
        text:
          e.action === "correct"
            ? `published correction version ${after.number}: ${after.correctionNote ?? ""}`
            : `published card version ${after.number}`,
      };
    case "assignment":
      return { kind: "assignment", text: e.action === "take" ? "took the claim" : "changed the assignment" };
    case "comment":
      return null; // comments come from the comment table, with blindness applied there
    default:
      return {
        kind: "edit",
        text: `${e.action === "create" ? "added" : e.action === "delete" ? "removed" : "changed"} ${e.entityType}`,
      };
  }
}

export async function claimTimeline(principal: Principal | null, claimId: string): Promise<ActivityItem[]> {
  const viewer = requirePermission(principal, "staff:read");
  const { exists, seesAllReviews: seesReviews } = await claimReaderState(viewer, claimId);
  if (!exists) throw new NotFoundError("Claim");
  // The events with their authors' names in one SQL read (ADR 0035); the comments (with their authors)
  // are the ones the page's threads read in the same request.
  const [events, allComments] = await Promise.all([
    claimAuditEvents(await readConnection(), claimId, 300),
    claimComments(viewer, claimId),
  ]);
  const comments = allComments
    .filter((c) => !c.deletedAt)
    .reverse()
    .slice(0, 300);
  const items: ActivityItem[] = [];
  for (const e of events) {
    const d = describe(e, seesReviews, viewer.userId);
    if (d) items.push({ id: e.id, at: e.at, who: e.userName ?? "Command line", ...d });
  }
  for (const c of comments) {
    if (c.revealsVerdicts && !seesReviews && c.authorId !== viewer.userId) continue;
    items.push({
      id: c.id,
      at: c.createdAt,
      kind: "comment",
      who: c.author.name,
      text: `commented: ${excerpt(c.body, 200)}`,
    });
  }
  return items.sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** Everything on the desk, newest first, 100 at a time (editors and admins read every verdict anyway). */
export async function deskActivity(principal: Principal | null, raw: unknown = {}) {
  const editor = requirePermission(principal, "card:publish");
  const { before } = parseInput(activityQuery, raw);
  const db = await getDb();
  const where = before ? { at: { lt: before } } : {};
  const [events, comments] = await Promise.all([
    db.auditEvent.findMany({
      where: { ...where, claimId: { not: null } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 100,
      include: { user: { select: { name: true } } },
    }),
    db.comment.findMany({
      where: { deletedAt: null, ...(before ? { createdAt: { lt: before } } : {}) },
      orderBy: { createdAt: "desc" },
      take: 100,
      include: { author: { select: { name: true } } },
    }),
  ]);
  const claimIds = [
    ...new Set([...events.map((e) => e.claimId), ...comments.map((c) => c.claimId)].filter((x): x is string => !!x)),
  ];
  const claims = new Map(
    (await db.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, text: true } })).map((c) => [
      c.id,
      c,
    ]),
  );
  const items: ActivityItem[] = [];
  for (const e of events) {
    const d = describe(e, true, editor.userId);
    if (d)
      items.push({
        id: e.id,
        at: e.at,
        who: e.user?.name ?? "Command line",
        ...d,
        claim: claims.get(e.claimId!) ?? null,
      });
  }
  for (const c of comments)
    items.push({
      id: c.id,
      at: c.createdAt,
      kind: "comment",
      who: c.author.name,
      text: `commented on a ${c.targetType}: ${excerpt(c.body, 160)}`,
      claim: c.claimId ? (claims.get(c.claimId) ?? null) : null,
    });
  const page = items.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, 100);
  return { items: page, nextBefore: page.length === 100 ? page[page.length - 1].at.toISOString() : null };
}
