import { describe, expect, it } from "vitest";
import { NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { createActor } from "./actors";
import { createClaim } from "./claims";
import { addEvidence } from "./evidence";
import { readerHighlightDetails, readerShell, readerText } from "./reader";
import { createRevision } from "./revisions";
import { createSource } from "./sources";
import { createStatement } from "./statements";
import { listSuggestions } from "./suggestions";

useTestDatabase();

const TEXT = `[FICTIONAL] The Brask ferry resumed on Monday after a week of repairs.

"We expect no delays on the crossing," said Pia Lund, a harbour spokesperson.

"The dock is safe again," said Tomas Reyl, the harbour master.`;

async function workedSource() {
  const analyst = await makeUser("analyst");
  const source = await createSource(analyst, { title: "Brask ferry", text: TEXT, allowDuplicate: true });
  const [lund, reyl] = await listSuggestions(analyst, source.id);
  const claim = await createClaim(analyst, { text: `The Brask ferry resumed ${Date.now()}`, kind: "factual" });
  const exact = "The Brask ferry resumed on Monday";
  const evidence = await addEvidence(analyst, claim!.id, {
    sourceId: source.id,
    quote: { exact, start: TEXT.indexOf(exact), end: TEXT.indexOf(exact) + exact.length },
    stance: "supports",
    note: "The operator's notice.",
  });
  const actor = await createActor(analyst, { name: "Tomas Reyl", kind: "person" });
  const statement = await createStatement(analyst, {
    sourceId: source.id,
    quote: { exact: reyl.text, start: reyl.start, end: reyl.end },
    speakerId: actor.id,
    kind: "direct",
    hedges: ["reportedly"],
  });
  return { analyst, source, claim: claim!, evidence, statement, lund, reyl };
}

describe("the reader's first paint", () => {
  it("places every highlight with its colour and no details; a suggestion a statement answers is not one", async () => {
    const { analyst, source, evidence, statement, lund } = await workedSource();
    const shell = await readerShell(analyst, source.id);
    // The text is fetched on its own (readerText), so the page does not carry it.
    expect(shell.source.revision).not.toHaveProperty("text");
    expect(shell.source.revision).toMatchObject({ id: source.revision.id, number: 1, length: TEXT.length });
    expect(shell.highlights).toEqual([
      { id: evidence.id, start: evidence.start, end: evidence.end, kind: "evidence", tone: "supports" },
      { id: statement.id, start: statement.start, end: statement.end, kind: "statement", tone: "statement" },
      { id: lund.id, start: lund.start, end: lund.end, kind: "suggestion", tone: "suggestion" },
    ]);
    expect(shell.statements.map((s) => s.speaker.name)).toEqual(["Tomas Reyl"]);
    expect(shell.needsReview).toBe(0);
  });

  it("answers a highlight's details when asked, only for this source's highlights", async () => {
    const { analyst, source, claim, evidence, statement, lund } = await workedSource();
    const details = await readerHighlightDetails(analyst, source.id, { ids: [lund.id, evidence.id, statement.id] });
    expect(details.map((d) => d.id)).toEqual([lund.id, evidence.id, statement.id]);
    expect(details[0]).toMatchObject({ kind: "suggestion", title: "Suggestion · Pia Lund" });
    expect(details[1]).toMatchObject({
      title: "Evidence · Supports",
      lines: [`Claim: ${claim.text}`, "Note: The operator's notice."],
    });
    expect(details[2]).toMatchObject({ title: "Statement · Tomas Reyl", badges: ["hedged: reportedly"] });

    const other = await workedSource();
    expect(await readerHighlightDetails(analyst, source.id, { ids: [other.evidence.id] })).toEqual([]);
    await expect(readerHighlightDetails(analyst, source.id, { ids: [] })).rejects.toBeInstanceOf(ValidationError);
    await expect(readerHighlightDetails(null, source.id, { ids: [evidence.id] })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
  });
});

describe("the reader's text, on its own", () => {
  it("is a revision's text exactly, and stays that revision's after a new revision", async () => {
    const { analyst, source } = await workedSource();
    expect(await readerText(analyst, source.revision.id)).toBe(TEXT);
    const revised = `${TEXT}\n\n[FICTIONAL] The timetable returns on Friday.`;
    const second = await createRevision(analyst, source.id, { text: revised });
    expect(await readerText(analyst, second.id)).toBe(revised);
    expect(await readerText(analyst, source.revision.id)).toBe(TEXT);
    expect((await readerShell(analyst, source.id)).source.revision.id).toBe(second.id);
  });

  it("is for staff only and names no unknown revision", async () => {
    const { analyst, source } = await workedSource();
    await expect(readerText(null, source.revision.id)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(readerText(analyst, "no-such-revision")).rejects.toBeInstanceOf(NotFoundError);
  });
});
