import { describe, expect, it } from "vitest";
import { draftClaim, REVIEW, team } from "@/lib/testing/card-fixtures";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import { useTestDatabase } from "@/lib/testing/test-database";
import { createActor } from "./actors";
import { claimAuditLog, diffSnapshots } from "./audit-log";
import { referenceNamer } from "./audit-names";
import { updateEvidence } from "./evidence";
import { createStatement, updateStatement } from "./statements";
import { publishCard } from "./cards";
import { updateClaim } from "./claims";
import { submitReview } from "./reviews";
import { transitionClaim } from "./workflow";

const { db } = useTestDatabase();

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

describe("names in the claim history", () => {
  it("shows the claimant, speaker, intermediary and source by name, and a deleted actor by its former name", async () => {
    const { analyst } = await team();
    const { claim, source, evidence } = await draftClaim(analyst);
    const lund = await createActor(analyst, { name: "Pia Lund", kind: "person" });
    const radio = await createActor(analyst, { name: "Velmora Radio", kind: "outlet" });
    const statement = await createStatement(analyst, {
      sourceId: source.id,
      quote: { exact: "We expect the first sailing at dawn" },
      speakerId: lund.id,
      kind: "direct",
    });
    await updateStatement(analyst, statement.id, { version: 1, viaId: radio.id });
    await updateEvidence(analyst, evidence!.id, { version: 1, statementId: statement.id });
    await updateClaim(analyst, claim.id, { version: 1, claimantId: lund.id });
    await (await db()).actor.delete({ where: { id: radio.id } });

    const { events } = await claimAuditLog(analyst, claim.id);
    const changesOf = (type: string, action: string) =>
      events.find((e) => e.entityType === type && e.action === action)!.changes;
    expect(changesOf("claim", "update")).toContainEqual({ field: "claimantId", before: null, after: "Pia Lund" });
    expect(changesOf("evidence", "update")).toContainEqual({
      field: "statementId",
      before: null,
      after: "Pia Lund: “We expect the first sailing at dawn”",
    });
    expect(changesOf("evidence", "create")).toContainEqual(
      expect.objectContaining({ field: "sourceId", after: "Velmora ferry" }),
    );
    expect(changesOf("statement", "update")).toContainEqual({
      field: "viaId",
      before: null,
      after: "Velmora Radio (deleted)",
    });
    const shown = JSON.stringify(events.map((e) => e.changes));
    for (const id of [lund.id, radio.id, statement.id, source.id]) expect(shown).not.toContain(id);
  });

  it("calls a record without any trace a deleted one and leaves other fields as they are", async () => {
    const { analyst } = await team();
    const name = await referenceNamer(await db(), [{ speakerId: "never-recorded", reviewerIds: [analyst.userId] }]);
    expect(name("speakerId", "never-recorded")).toBe("Deleted actor");
    expect(name("reviewerIds", [analyst.userId])).toBe("Test analyst");
    expect(name("cue", "said")).toBe("said");
  });
});
