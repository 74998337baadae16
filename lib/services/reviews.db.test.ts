import { describe, expect, it } from "vitest";
import { draftClaim, REVIEW, team } from "@/lib/testing/card-fixtures";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/lib/testing/test-database";
import { claimAuditLog } from "./audit-log";
import { listReviews, reviewQueue, submitReview } from "./reviews";
import { transitionClaim } from "./workflow";

const { db } = useTestDatabase();

async function claimInReview() {
  const people = await team();
  const { claim } = await draftClaim(people.analyst);
  await transitionClaim(people.analyst, claim.id, { to: "in_review", version: 1 });
  return { ...people, claim };
}

describe("blind reviews", () => {
  it("hides others' verdicts from a reviewer until they have submitted their own", async () => {
    const { reviewer, reviewer2, editor, analyst, claim } = await claimInReview();
    await submitReview(reviewer, claim.id, {
      ...REVIEW,
      truthVerdict: "unproven",
      rationale: "First reviewer's reasons.",
    });

    const blind = await listReviews(reviewer2, claim.id);
    expect(blind).toMatchObject({
      visibility: "hidden_until_you_review",
      reviews: [],
      mine: null,
      hiddenCount: 1,
      total: 1,
      disagreements: [],
    });
    expect(JSON.stringify(blind)).not.toContain("First reviewer's reasons.");
    // Analysts do not review, so they never get to read verdicts before publication either.
    expect((await listReviews(analyst, claim.id)).reviews).toEqual([]);

    await submitReview(reviewer2, claim.id, { ...REVIEW, truthVerdict: "mixed" });
    const open = await listReviews(reviewer2, claim.id);
    expect(open.visibility).toBe("all");
    expect(open.reviews.map((r) => [r.reviewer.name, r.truthVerdict])).toEqual([
      ["Test reviewer", "unproven"],
      ["Test reviewer", "mixed"],
    ]);
    expect(open.mine?.truthVerdict).toBe("mixed");
    expect(open.disagreements.map((d) => d.summary)).toEqual(["2 reviews disagree on truth: Unproven vs Mixed"]);

    // Editors publish, so they always see every review.
    const editorView = await listReviews(editor, claim.id);
    expect(editorView.reviews).toHaveLength(2);
    expect(editorView.hiddenCount).toBe(0);
  });

  it("keeps reviews blind in the claim's history too", async () => {
    const { reviewer, reviewer2, editor, claim } = await claimInReview();
    await submitReview(reviewer, claim.id, { ...REVIEW, rationale: "Secret reasoning." });
    const log = await claimAuditLog(reviewer2, claim.id);
    const reviewEvent = log.events.find((e) => e.entityType === "review")!;
    expect(reviewEvent).toMatchObject({ hidden: true, changes: [], userName: "Test reviewer" });
    expect(JSON.stringify(log)).not.toContain("Secret reasoning.");
    const editorLog = await claimAuditLog(editor, claim.id);
    expect(editorLog.events.find((e) => e.entityType === "review")!.changes).toContainEqual({
      field: "rationale",
      before: null,
      after: "Secret reasoning.",
    });
  });

  it("lets a reviewer revise only their own review, keeping the previous verdict in the audit log", async () => {
    const { reviewer, reviewer2, claim } = await claimInReview();
    const first = await submitReview(reviewer, claim.id, REVIEW);
    await submitReview(reviewer2, claim.id, {
      ...REVIEW,
      truthVerdict: "false",
      rationale: "Contradicted by the timetable.",
    });
    const revised = await submitReview(reviewer, claim.id, {
      ...REVIEW,
      truthVerdict: "mostly_false",
      rationale: "Changed my mind.",
      confidence: "high",
    });
    expect(revised.revised).toBe(true);
    expect(revised.review.id).toBe(first.review.id);

    const rows = await (await db()).review.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.reviewerId, r.truthVerdict])).toEqual([
      [reviewer.userId, "mostly_false"],
      [reviewer2.userId, "false"],
    ]);

    const events = await (
      await db()
    ).auditEvent.findMany({
      where: { claimId: claim.id, entityType: "review" },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(events.map((e) => e.action)).toEqual(["create", "create", "revise"]);
    expect(JSON.parse(events[2].before!)).toMatchObject({
      truthVerdict: "unproven",
      rationale: "Only the authority says so.",
    });
    expect(JSON.parse(events[2].after!)).toMatchObject({ truthVerdict: "mostly_false", confidence: "high" });
  });

  it("validates both axes, the rationale and confidence, and refuses analysts and closed claims", async () => {
    const { reviewer, analyst, claim } = await claimInReview();
    const invalid = await submitReview(reviewer, claim.id, {
      truthVerdict: "maybe",
      attributionVerdict: "",
      rationale: " ",
      confidence: "very",
    }).catch((e) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(Object.keys(invalid.fields).sort()).toEqual([
      "attributionVerdict",
      "confidence",
      "rationale",
      "truthVerdict",
    ]);
    await expect(submitReview(analyst, claim.id, REVIEW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitReview(reviewer, "missing", REVIEW)).rejects.toBeInstanceOf(NotFoundError);
    const { claim: draft } = await draftClaim(analyst);
    await expect(submitReview(reviewer, draft.id, REVIEW)).rejects.toThrow(/only while a claim is in review/);
    expect(await (await db()).review.count({ where: { claimId: { in: [claim.id, draft.id] } } })).toBe(0);
  });

  it("shows in the queue whether the caller has reviewed each claim", async () => {
    const { reviewer, reviewer2, claim } = await claimInReview();
    await submitReview(reviewer, claim.id, REVIEW);
    const mine = (await reviewQueue(reviewer)).find((c) => c.id === claim.id);
    const theirs = (await reviewQueue(reviewer2)).find((c) => c.id === claim.id);
    expect(mine).toMatchObject({ reviewedByMe: true, status: "verdict_proposed" });
    expect(mine!._count.reviews).toBe(1);
    expect(theirs?.reviewedByMe).toBe(false);
  });
});
