import { describe, expect, it } from "vitest";
import { claimStatus, claimVersion, draftClaim, REVIEW, team } from "@/lib/testing/card-fixtures";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/lib/testing/test-database";
import { submitReview } from "./reviews";
import { availableTransitions, transitionClaim } from "./workflow";

const { db } = useTestDatabase();

describe("claim workflow", () => {
  it("lets an analyst submit a draft, and records who moved it and from where", async () => {
    const { analyst } = await team();
    const { claim } = await draftClaim(analyst);
    const moved = await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
    expect(moved).toMatchObject({ status: "in_review", version: 2, previousStatus: "draft" });
    expect(await claimStatus(claim.id)).toBe("in_review");
    const audit = await (await db()).auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: "status" } });
    expect(audit.userId).toBe(analyst.userId);
    expect(JSON.parse(audit.before!)).toEqual({ status: "draft", version: 1 });
    expect(JSON.parse(audit.after!)).toEqual({ status: "in_review", version: 2 });
  });

  it("enforces roles: reviewers cannot submit, analysts cannot archive, editors can", async () => {
    const { analyst, reviewer, editor } = await team();
    const { claim } = await draftClaim(analyst);
    await expect(transitionClaim(reviewer, claim.id, { to: "in_review", version: 1 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(transitionClaim(analyst, claim.id, { to: "archived", version: 1 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(transitionClaim(null, claim.id, { to: "in_review", version: 1 })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(await claimStatus(claim.id)).toBe("draft");
    await transitionClaim(editor, claim.id, { to: "archived", version: 1 });
    expect(await claimStatus(claim.id)).toBe("archived");
    await transitionClaim(editor, claim.id, { to: "draft", version: 2 });
    expect(await claimStatus(claim.id)).toBe("draft");
  });

  it("answers illegal transitions with 422 and says why, without writing", async () => {
    const { analyst, editor } = await team();
    const { claim } = await draftClaim(analyst);
    const illegal = await transitionClaim(editor, claim.id, { to: "verdict_proposed", version: 1 }).catch((e) => e);
    expect(illegal).toBeInstanceOf(ValidationError);
    expect(illegal.status).toBe(422);
    expect(illegal.message).toBe("A claim cannot go from Draft to Verdict proposed.");
    const publish = await transitionClaim(editor, claim.id, { to: "published", version: 1 }).catch((e) => e);
    expect(publish).toBeInstanceOf(ValidationError);
    expect(publish.fields.to[0]).toMatch(/publish/);
    await expect(transitionClaim(editor, claim.id, { to: "nonsense", version: 1 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await claimVersion(claim.id)).toBe(1);
    expect(await (await db()).auditEvent.count({ where: { claimId: claim.id, action: "status" } })).toBe(0);
  });

  it("refuses a stale version with 409 naming who changed the claim", async () => {
    const { analyst, editor } = await team();
    const { claim } = await draftClaim(analyst);
    await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
    const stale = await transitionClaim(editor, claim.id, { to: "archived", version: 1 }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.status).toBe(409);
    expect(stale.details).toMatchObject({ currentVersion: 2, updatedBy: "Test analyst" });
    expect(stale.details.updatedAt).toBeInstanceOf(Date);
    expect(await claimStatus(claim.id)).toBe("in_review");
    await expect(transitionClaim(editor, "missing", { to: "archived", version: 1 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("moves in_review to verdict_proposed with the first review, and lets editors send it back", async () => {
    const { analyst, reviewer, editor } = await team();
    const { claim } = await draftClaim(analyst);
    await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
    // Proposing a verdict by hand needs a review to exist.
    await expect(transitionClaim(reviewer, claim.id, { to: "verdict_proposed", version: 2 })).rejects.toThrow(
      /at least one review/,
    );
    const { claimVersion: afterReview } = await submitReview(reviewer, claim.id, REVIEW);
    expect(afterReview).toBe(3);
    expect(await claimStatus(claim.id)).toBe("verdict_proposed");
    await expect(transitionClaim(reviewer, claim.id, { to: "in_review", version: 3 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await transitionClaim(editor, claim.id, { to: "in_review", version: 3 });
    await transitionClaim(reviewer, claim.id, { to: "verdict_proposed", version: 4 });
    expect(await claimStatus(claim.id)).toBe("verdict_proposed");
  });

  it("offers each role only the buttons it may use", async () => {
    const { analyst, reviewer, editor } = await team();
    expect(availableTransitions(analyst, "draft", 0).map((t) => t.to)).toEqual(["in_review"]);
    expect(availableTransitions(reviewer, "draft", 0)).toEqual([]);
    expect(availableTransitions(reviewer, "in_review", 0)).toEqual([]);
    expect(availableTransitions(reviewer, "in_review", 1).map((t) => t.to)).toEqual(["verdict_proposed"]);
    expect(availableTransitions(editor, "verdict_proposed", 1).map((t) => t.to)).toEqual(["in_review", "archived"]);
    expect(availableTransitions(editor, "published", 1).map((t) => t.to)).toEqual(["archived"]);
    expect(availableTransitions(null, "draft", 0)).toEqual([]);
  });
});
