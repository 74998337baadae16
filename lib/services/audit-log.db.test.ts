import { describe, expect, it } from "vitest";
import { draftClaim, REVIEW, team } from "@/lib/testing/card-fixtures";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import { useTestDatabase } from "@/lib/testing/test-database";
import { claimAuditLog, diffSnapshots } from "./audit-log";
import { publishCard } from "./cards";
import { updateClaim } from "./claims";
import { submitReview } from "./reviews";
import { transitionClaim } from "./workflow";

useTestDatabase();

describe("diffSnapshots", () => {
  it("lists changed fields only, with readable values", () => {
    expect(diffSnapshots({ text: "a", version: 1, summary: null }, { text: "b", version: 2 })).toEqual([
      { field: "text", before: "a", after: "b" },
      { field: "version", before: "1", after: "2" },
    ]);
    expect(diffSnapshots(undefined, { tags: ["x", "y"] })).toEqual([
      { field: "tags", before: null, after: '["x","y"]' },
    ]);
    expect(diffSnapshots({ a: 1 }, { a: 1 })).toEqual([]);
  });
});

describe("claim history", () => {
  it("lists every change to the claim, its evidence, reviews and card, oldest first, with who made it", async () => {
    const { analyst, reviewer, editor } = await team();
    const { claim } = await draftClaim(analyst);
    await updateClaim(analyst, claim.id, { version: 1, text: "The first Velmora ferry sails at sunrise" });
    await transitionClaim(analyst, claim.id, { to: "in_review", version: 2 });
    const { claimVersion } = await submitReview(reviewer, claim.id, REVIEW);
    await publishCard(editor, claim.id, {
      headline: "Sunrise sailing?",
      truthVerdict: "unproven",
      attributionVerdict: "accurately_attributed",
      rationale: "Unconfirmed.",
      version: claimVersion,
    });

    const { events } = await claimAuditLog(analyst, claim.id);
    expect(events.map((e) => [e.entityType, e.action, e.userName])).toEqual([
      ["claim", "create", "Test analyst"],
      ["evidence", "create", "Test analyst"],
      ["claim", "update", "Test analyst"],
      ["claim", "status", "Test analyst"],
      ["review", "create", "Test reviewer"],
      ["claim", "status", "Test reviewer"],
      ["claim", "status", "Test editor"],
      ["card", "publish", "Test editor"],
    ]);
    expect(events[2].changes).toContainEqual({
      field: "text",
      before: "The first Velmora ferry sails at dawn",
      after: "The first Velmora ferry sails at sunrise",
    });
    // The analyst has not reviewed, so the review's content stays hidden from them.
    expect(events[4]).toMatchObject({ hidden: true, changes: [] });
    expect(events[6].changes).toContainEqual({ field: "status", before: "verdict_proposed", after: "published" });
  });

  it("is staff only and 404s for unknown claims", async () => {
    const { analyst } = await team();
    await expect(claimAuditLog(null, "x")).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(claimAuditLog(analyst, "missing")).rejects.toBeInstanceOf(NotFoundError);
  });
});
