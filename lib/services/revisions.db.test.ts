import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { createActor } from "./actors";
import { createClaim } from "./claims";
import { addEvidence, reanchorEvidence } from "./evidence";
import { createRevision, listRevisions } from "./revisions";
import { createSource, getReaderData, getSource } from "./sources";
import { createStatement, reanchorStatement } from "./statements";

const { db } = useTestDatabase();

const FIRST = `[FICTIONAL] The council of Orlen met on Tuesday to discuss the bridge.

"The bridge will reopen in May," said Oda Virtanen, the council's engineer.

Residents said the closure had cut the town in two.`;
const QUOTE = "The bridge will reopen in May,";
const CLOSURE = "the closure had cut the town in two";

async function setUp() {
  const analyst = await makeUser("analyst");
  const source = await createSource(analyst, { title: "Orlen bridge", text: FIRST, allowDuplicate: true });
  const claim = await createClaim(analyst, {
    text: "The Orlen bridge reopens in May",
    kind: "factual",
    allowDuplicate: true,
  });
  const evidence = await addEvidence(analyst, claim.id, {
    sourceId: source.id,
    quote: { exact: QUOTE },
    stance: "supports",
  });
  const closure = await addEvidence(analyst, claim.id, {
    sourceId: source.id,
    quote: { exact: CLOSURE },
    stance: "context",
  });
  const virtanen = await createActor(analyst, { name: "Oda Virtanen", kind: "person" });
  const statement = await createStatement(analyst, {
    sourceId: source.id,
    quote: { exact: QUOTE },
    speakerId: virtanen.id,
    kind: "direct",
    cue: "said",
  });
  return { analyst, source, claim, evidence, closure, statement };
}

describe("source revisions and re-anchoring", () => {
  it("moves spans when text is inserted before them, and flags spans whose words are gone", async () => {
    const { analyst, source, claim, evidence, closure, statement } = await setUp();
    const inserted = "[Updated 3 May] Engineers inspected the piers again this week.\n\n";
    const second = FIRST.replace(
      "Residents said the closure had cut the town in two.",
      "Residents welcomed the news.",
    ).replace('\n\n"The bridge', `\n\n${inserted}"The bridge`);
    const revision = await createRevision(analyst, source.id, { text: second, note: "Publisher updated the article" });
    expect(revision).toMatchObject({ number: 2, reanchor: { anchored: 0, reanchored: 2, needsReview: 1 } });
    expect(revision.contentHash).not.toBe(source.revision.contentHash);

    const d = await db();
    const moved = await d.evidence.findUniqueOrThrow({ where: { id: evidence.id } });
    expect(moved).toMatchObject({
      anchorStatus: "reanchored",
      revisionId: revision.id,
      start: evidence.start + inserted.length,
      exact: QUOTE,
    });
    expect(second.slice(moved.start, moved.end)).toBe(QUOTE);
    const movedStatement = await d.statement.findUniqueOrThrow({ where: { id: statement.id } });
    expect(movedStatement).toMatchObject({ anchorStatus: "reanchored", revisionId: revision.id, start: moved.start });

    // Refuses to guess: the old selector and revision stay for a person to fix.
    const flagged = await d.evidence.findUniqueOrThrow({ where: { id: closure.id } });
    expect(flagged).toMatchObject({
      anchorStatus: "needs_review",
      revisionId: source.revision.id,
      start: closure.start,
      end: closure.end,
      exact: CLOSURE,
      prefix: closure.prefix,
    });

    const audit = await d.auditEvent.findMany({
      where: {
        action: { in: ["reanchor", "revise"] },
        entityId: { in: [source.id, evidence.id, closure.id, statement.id] },
      },
    });
    expect(audit.map((a) => `${a.entityType}:${a.action}:${a.entityId}`).sort()).toEqual(
      [
        `evidence:reanchor:${evidence.id}`,
        `evidence:reanchor:${closure.id}`,
        `source:revise:${source.id}`,
        `statement:reanchor:${statement.id}`,
      ].sort(),
    );
    expect(audit.find((a) => a.entityId === closure.id)?.claimId).toBe(claim.id);
    expect(JSON.parse(audit.find((a) => a.entityId === closure.id)!.after!)).toMatchObject({
      anchorStatus: "needs_review",
    });

    const reader = await getReaderData(analyst, source.id);
    expect(reader.source.revision.number).toBe(2);
    expect(reader.evidence.map((e) => e.id)).toEqual([evidence.id]);
    expect(reader.needsReview.evidence.map((e) => e.id)).toEqual([closure.id]);
    expect(reader.revisions.map((r) => r.number)).toEqual([2, 1]);
  });

  it("leaves unchanged spans anchored and refuses an identical text with 422", async () => {
    const { analyst, source, evidence, closure, statement } = await setUp();
    // A same-length edit far from every span: positions and contexts are unchanged.
    const edited = FIRST.replace("[FICTIONAL]", "[INVENTED!]");
    const appended = await createRevision(analyst, source.id, { text: edited });
    expect(appended.reanchor).toEqual({ anchored: 3, reanchored: 0, needsReview: 0 });
    const d = await db();
    expect(await d.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({
      anchorStatus: "anchored",
      revisionId: appended.id,
      start: evidence.start,
    });
    // Only the source-level event records a revision that moved nothing.
    expect(
      await d.auditEvent.count({
        where: { action: "reanchor", entityId: { in: [evidence.id, closure.id, statement.id] } },
      }),
    ).toBe(0);

    const before = await d.sourceRevision.count({ where: { sourceId: source.id } });
    // Line endings are normalised before hashing, so CRLF of the same text is the same text.
    const same = await createRevision(analyst, source.id, { text: edited.replace(/\n/g, "\r\n") }).catch((e) => e);
    expect(same).toBeInstanceOf(ValidationError);
    expect(same.fields.text[0]).toMatch(/unchanged/);
    expect(await d.sourceRevision.count({ where: { sourceId: source.id } })).toBe(before);
    expect((await getSource(analyst, source.id)).revision.number).toBe(2);
  });

  it("re-runs extraction for the new revision's suggestions", async () => {
    const { analyst, source } = await setUp();
    const d = await db();
    const firstSuggestions = await d.suggestion.count({ where: { revisionId: source.revision.id } });
    expect(firstSuggestions).toBeGreaterThan(0);
    const text = FIRST + '\n\n"We will hold a vote in June," said Lars Brink, the mayor.';
    const revision = await createRevision(analyst, source.id, { text });
    const suggestions = await d.suggestion.findMany({ where: { revisionId: revision.id } });
    expect(revision.suggestions).toBe(suggestions.length);
    expect(suggestions.map((s) => s.speakerName)).toContain("Lars Brink");
  });

  it("lets an analyst fix a flagged span by re-selecting it in the current revision", async () => {
    const { analyst, source, closure, statement } = await setUp();
    const second = FIRST.replace("the closure had cut the town in two", "the closure split the town").replace(
      "The bridge will reopen in May,",
      "Repairs will take all summer,",
    );
    const revision = await createRevision(analyst, source.id, { text: second });
    const d = await db();
    expect((await d.evidence.findUniqueOrThrow({ where: { id: closure.id } })).anchorStatus).toBe("needs_review");

    const start = second.indexOf("the closure split the town");
    const wrong = await reanchorEvidence(analyst, closure.id, {
      quote: { exact: "the closure split the town", start: start + 1, end: start + 27 },
    }).catch((e) => e);
    expect(wrong).toBeInstanceOf(ValidationError);
    const fixed = await reanchorEvidence(analyst, closure.id, {
      quote: { exact: "the closure split the town", start, end: start + 26 },
    });
    expect(fixed).toMatchObject({
      anchorStatus: "anchored",
      revisionId: revision.id,
      start,
      exact: "the closure split the town",
    });

    expect((await d.statement.findUniqueOrThrow({ where: { id: statement.id } })).anchorStatus).toBe("needs_review");
    const placed = await reanchorStatement(analyst, statement.id, {
      quote: { exact: "Repairs will take all summer," },
    });
    expect(placed).toMatchObject({
      anchorStatus: "anchored",
      revisionId: revision.id,
      exact: "Repairs will take all summer,",
    });
    expect(await d.auditEvent.count({ where: { action: "reanchor_manual", entityId: closure.id } })).toBe(1);
  });

  it("is for analysts, editors and admins; 404 for a missing source", async () => {
    const { source } = await setUp();
    const reviewer = await makeUser("reviewer");
    const editor = await makeUser("editor");
    await expect(createRevision(reviewer, source.id, { text: "Another text" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createRevision(editor, "missing", { text: "Another text" })).rejects.toBeInstanceOf(NotFoundError);
    expect(Object.keys((await createRevision(editor, source.id, { text: "  " }).catch((e) => e)).fields)).toEqual([
      "text",
    ]);
    await expect(listRevisions(reviewer, source.id)).resolves.toHaveLength(1);
  });
});
