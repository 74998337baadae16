// Issue 10 items 8 and 9: a verdict is published only for the words that were reviewed, and a
// verdict changed after its author read the others is visible to the editor.
import { describe, expect, it } from "vitest";
import { claimStatus, claimVersion, draftClaim, REVIEW, team } from "@/lib/testing/card-fixtures";
import { ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/lib/testing/test-database";
import { claimAuditLog } from "./audit-log";
import { publishCard, publishReadiness } from "./cards";
import { updateClaim } from "./claims";
import { listReviews, submitReview } from "./reviews";
import { transitionClaim } from "./workflow";

const { db } = useTestDatabase();
const CARD = { headline: "Ferry at dawn? Unproven", ...REVIEW };

async function reviewedClaim() {
  const people = await team();
  const { claim } = await draftClaim(people.analyst);
  await transitionClaim(people.analyst, claim.id, { to: "in_review", version: 1 });
  await submitReview(people.reviewer, claim.id, REVIEW);
  return { ...people, claim };
}

describe("reviewed fields", () => {
  it("sends a reviewed claim back to draft when its text changes, and stale reviews do not pass the gate", async () => {
    const { analyst, editor, claim } = await reviewedClaim();
    expect(await claimStatus(claim.id)).toBe("verdict_proposed");
    await updateClaim(analyst, claim.id, {
      version: await claimVersion(claim.id),
      text: "The last Velmora ferry sails at dusk",
    });
    expect(await claimStatus(claim.id)).toBe("draft");

    const reviews = await listReviews(editor, claim.id);
    expect(reviews.total).toBe(1); // kept on record
    expect(reviews.currentCount).toBe(0);
    expect(reviews.reviews[0]).toMatchObject({ stale: true, truthVerdict: REVIEW.truthVerdict });

    await transitionClaim(analyst, claim.id, { to: "in_review", version: await claimVersion(claim.id) });
    const gate = await publishReadiness(editor, claim.id);
    expect(gate.find((g) => g.key === "reviews")?.ok).toBe(false);
    await expect(
      publishCard(editor, claim.id, { ...CARD, version: await claimVersion(claim.id) }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("changes nothing about reviews when only the summary changes", async () => {
    const { analyst, editor, claim } = await reviewedClaim();
    await updateClaim(analyst, claim.id, { version: await claimVersion(claim.id), summary: "Fictional summary." });
    expect(await claimStatus(claim.id)).toBe("verdict_proposed");
    expect((await listReviews(editor, claim.id)).currentCount).toBe(1);
  });

  it("refuses to change the text, kind or claimant of a published claim", async () => {
    const { analyst, editor, claim } = await reviewedClaim();
    await publishCard(editor, claim.id, { ...CARD, version: await claimVersion(claim.id) });
    const version = await claimVersion(claim.id);
    for (const change of [{ text: "A different fictional sentence" }, { kind: "quote_attribution" }]) {
      const refused = await updateClaim(analyst, claim.id, { version, ...change }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ValidationError);
      expect((refused as ValidationError).message).toMatch(/locked/);
    }
    const stored = await (await db()).claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ text: claim.text, kind: claim.kind, status: "published", version });
  });
});

describe("review revisions", () => {
  it("keeps every revision and flags a verdict changed after its author read the others", async () => {
    const { reviewer, reviewer2, editor, claim } = await reviewedClaim();
    // reviewer2 files a throwaway review, reads the others, then changes their verdict to match.
    await submitReview(reviewer2, claim.id, { ...REVIEW, truthVerdict: "false", rationale: "Throwaway." });
    await listReviews(reviewer2, claim.id);
    await submitReview(reviewer2, claim.id, { ...REVIEW, rationale: "Now agrees." });

    const seen = await listReviews(editor, claim.id);
    const second = seen.reviews.find((r) => r.reviewerId === reviewer2.userId)!;
    expect(second.revisions.map((r) => [r.number, r.truthVerdict, r.afterSeeingOthers])).toEqual([
      [1, "false", false],
      [2, REVIEW.truthVerdict, true],
    ]);
    expect(second.changedAfterSeeingOthers).toBe(true);
    // The first reviewer, who never looked and never changed, is not flagged.
    expect(seen.reviews.find((r) => r.reviewerId === reviewer.userId)!.changedAfterSeeingOthers).toBe(false);
  });

  it("does not flag a revision made before the author saw anyone else's verdict", async () => {
    const { reviewer, editor, claim } = await reviewedClaim();
    await submitReview(reviewer, claim.id, { ...REVIEW, truthVerdict: "mixed" }); // alone: nobody else to see
    const mine = (await listReviews(editor, claim.id)).reviews[0];
    expect(mine.revisions).toHaveLength(2);
    expect(mine.changedAfterSeeingOthers).toBe(false);
  });

  it("counts reading the claim's history as seeing the others", async () => {
    const { reviewer, reviewer2, editor, claim } = await reviewedClaim();
    await submitReview(reviewer2, claim.id, { ...REVIEW, truthVerdict: "false" });
    await claimAuditLog(reviewer2, claim.id);
    await submitReview(reviewer2, claim.id, REVIEW);
    const flagged = (await listReviews(editor, claim.id)).reviews.find((r) => r.reviewerId === reviewer2.userId)!;
    expect(flagged.changedAfterSeeingOthers).toBe(true);
    expect(reviewer.userId).not.toBe(reviewer2.userId);
  });
});
