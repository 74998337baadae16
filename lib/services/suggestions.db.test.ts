import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { createActor } from "./actors";
import { createRevision } from "./revisions";
import { createSource } from "./sources";
import { createStatement, removeStatement } from "./statements";
import { acceptSuggestion, dismissSuggestion, listSuggestions, suggestionPage } from "./suggestions";

const { db } = useTestDatabase();

const ARTICLE = `[FICTIONAL] The ferry to Brask resumed on Monday.

"We expect no delays on the crossing," said Pia Lund, a harbour spokesperson.

A senior official told the Velmora Post that the dock was unsafe, a claim that could not be independently verified.`;

async function importArticle() {
  const analyst = await makeUser("analyst");
  const source = await createSource(analyst, { title: "Ferry resumes", text: ARTICLE, allowDuplicate: true });
  const suggestions = await listSuggestions(analyst, source.id);
  const bySpeaker = (name: string) => suggestions.find((s) => s.speakerName === name)!;
  return { analyst, source, suggestions, lund: bySpeaker("Pia Lund"), official: bySpeaker("a senior official") };
}

describe("suggestions", () => {
  it("stores the extractor's proposals on import; none counts as a statement until accepted", async () => {
    const { source, suggestions, lund } = await importArticle();
    expect(lund).toMatchObject({
      status: "pending",
      kind: "direct",
      cue: "said",
      text: "We expect no delays on the crossing",
    });
    expect(suggestions.every((s) => s.status === "pending")).toBe(true);
    expect(await (await db()).statement.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("accepting matches the speaker to an existing actor by alias in any case", async () => {
    const { analyst, source, lund } = await importArticle();
    const actor = await createActor(analyst, { name: "Pernilla Lund", kind: "person", aliases: "PIA LUND" });
    const statement = await acceptSuggestion(analyst, lund.id);
    expect(statement).toMatchObject({
      speakerId: actor.id,
      exact: lund.text,
      start: lund.start,
      end: lund.end,
      cue: "said",
      kind: "direct",
      anonymous: false,
      anchorStatus: "anchored",
    });
    expect(ARTICLE.slice(statement.start, statement.end)).toBe(lund.text);
    const stored = await (await db()).suggestion.findUniqueOrThrow({ where: { id: lund.id } });
    expect(stored).toMatchObject({ status: "accepted", statementId: statement.id });
    expect((await listSuggestions(analyst, source.id)).map((s) => s.id)).not.toContain(lund.id);
    await expect(acceptSuggestion(analyst, lund.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(dismissSuggestion(analyst, lund.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("creates unknown speakers (anonymous ones as anonymous actors) and intermediaries, keeping hedges", async () => {
    const { analyst, official } = await importArticle();
    const statement = await acceptSuggestion(analyst, official.id, {});
    expect(statement.speaker).toMatchObject({ name: "A senior official", kind: "anonymous" });
    expect(statement.via).toMatchObject({ name: "Velmora Post", kind: "outlet" });
    expect(statement.anonymous).toBe(true);
    expect(statement.viaText).toBe("told Velmora Post");
    expect(statement.hedges).toEqual(["could not be independently verified"]);
  });

  it("proposes actor kinds from the names, and the analyst's kinds, intermediary and hedges win", async () => {
    const { analyst, lund, official } = await importArticle();
    expect(lund).toMatchObject({ speakerKind: "person", viaKind: null });
    expect(official).toMatchObject({ speakerKind: "anonymous", viaKind: "outlet" });
    const statement = await acceptSuggestion(analyst, lund.id, {
      speakerName: "Brask Harbour Ministry",
      viaName: "Lena Ott",
      viaKind: "person",
      hedges: "reportedly, allegedly",
    });
    // No kind given: the lexicon's guess for the edited name; the intermediary's kind as chosen.
    expect(statement.speaker).toMatchObject({ name: "Brask Harbour Ministry", kind: "government" });
    expect(statement.via).toMatchObject({ name: "Lena Ott", kind: "person" });
    expect(statement.hedges).toEqual(["reportedly", "allegedly"]);
  });

  it("lets the analyst remove a wrongly proposed intermediary or say how the words were relayed", async () => {
    const { analyst, official } = await importArticle();
    const removed = await acceptSuggestion(analyst, official.id, { viaName: "", viaKind: "outlet" });
    expect(removed).toMatchObject({ viaId: null, via: null, viaText: null });
    const other = await importArticle();
    const relayed = await acceptSuggestion(other.analyst, other.official.id, {
      viaText: "according to a Velmora Post report",
    });
    expect(relayed.via).toMatchObject({ name: "Velmora Post" });
    expect(relayed.viaText).toBe("according to a Velmora Post report");
  });

  it("accepts with the analyst's edits to speaker, cue and kind", async () => {
    const { analyst, lund } = await importArticle();
    const harbour = await createActor(analyst, { name: "Velmora Harbour Authority", kind: "organization" });
    const statement = await acceptSuggestion(analyst, lund.id, {
      speakerId: harbour.id,
      cue: "announced",
      kind: "indirect",
    });
    expect(statement).toMatchObject({ speakerId: harbour.id, cue: "announced", kind: "indirect" });
    const renamed = await importArticle();
    const byName = await acceptSuggestion(renamed.analyst, renamed.lund.id, { speakerName: "Pia M. Lund" });
    expect(byName.speaker.name).toBe("Pia M. Lund");
  });

  it("refuses bad overrides with 422 and writes nothing", async () => {
    const { analyst, source, lund } = await importArticle();
    const d = await db();
    const before = [await d.statement.count(), await d.actor.count()];
    const bad = await acceptSuggestion(analyst, lund.id, { kind: "rumour", cue: "x".repeat(101) }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(Object.keys(bad.fields).sort()).toEqual(["cue", "kind"]);
    expect(
      (await acceptSuggestion(analyst, lund.id, { speakerId: "x", speakerName: "y" }).catch((e) => e)).fields,
    ).toHaveProperty("speakerId");
    expect((await acceptSuggestion(analyst, lund.id, { speakerId: "missing" }).catch((e) => e)).fields).toEqual({
      speakerId: ["Choose an existing actor."],
    });
    expect([await d.statement.count(), await d.actor.count()]).toEqual(before);
    expect((await listSuggestions(analyst, source.id)).map((s) => s.id)).toContain(lund.id);
  });

  it("dismisses; reviewers can do neither; unknown ids get 404", async () => {
    const { analyst, source, lund, official } = await importArticle();
    const reviewer = await makeUser("reviewer");
    await expect(dismissSuggestion(reviewer, lund.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(acceptSuggestion(reviewer, lund.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(acceptSuggestion(analyst, "missing")).rejects.toBeInstanceOf(NotFoundError);
    await dismissSuggestion(analyst, official.id);
    expect((await listSuggestions(analyst, source.id)).map((s) => s.id)).not.toContain(official.id);
    expect((await listSuggestions(analyst, source.id, { status: "dismissed" })).map((s) => s.id)).toEqual([
      official.id,
    ]);
    expect(await (await db()).statement.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("hides proposals already recorded by hand and refuses those of a superseded revision", async () => {
    const { analyst, source, lund } = await importArticle();
    const actor = await createActor(analyst, { name: "Pia Lund", kind: "person" });
    await createStatement(analyst, {
      sourceId: source.id,
      quote: { exact: lund.text, start: lund.start, end: lund.end },
      speakerId: actor.id,
      kind: "direct",
    });
    expect((await listSuggestions(analyst, source.id)).map((s) => s.id)).not.toContain(lund.id);

    const other = await importArticle();
    await createRevision(other.analyst, other.source.id, { text: ARTICLE + "\n\nThe dock reopened on Friday." });
    await expect(acceptSuggestion(other.analyst, other.lund.id)).rejects.toBeInstanceOf(ConflictError);
    const fresh = await listSuggestions(other.analyst, other.source.id);
    expect(fresh.find((s) => s.speakerName === "Pia Lund")?.id).not.toBe(other.lund.id);
  });

  it("hides a proposal wider than a statement recorded by hand (its trailing full stop), not one elsewhere", async () => {
    const analyst = await makeUser("analyst");
    const text = `[FICTIONAL] Ferry checks in Brask.\n\nPia Lund said: "The ferry is safe." She did not elaborate.`;
    const source = await createSource(analyst, { title: "Ferry checks", text, allowDuplicate: true });
    const proposal = (await listSuggestions(analyst, source.id)).find((s) => s.speakerName === "Pia Lund")!;
    expect(proposal.text).toBe("The ferry is safe.");
    const actor = await createActor(analyst, { name: "Pia Lund", kind: "person" });
    const record = (exact: string) =>
      createStatement(analyst, {
        sourceId: source.id,
        quote: { exact, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length },
        speakerId: actor.id,
        kind: "indirect",
      });

    await record("She did not elaborate");
    expect((await listSuggestions(analyst, source.id)).map((s) => s.id)).toContain(proposal.id);
    await record("The ferry is safe");
    expect((await listSuggestions(analyst, source.id)).map((s) => s.id)).not.toContain(proposal.id);
  });

  it("dismisses the proposal of a removed statement, so it does not come back as pending", async () => {
    const { analyst, source, lund } = await importArticle();
    const statement = await acceptSuggestion(analyst, lund.id);
    await removeStatement(analyst, statement.id);
    const stored = await (await db()).suggestion.findUniqueOrThrow({ where: { id: lund.id } });
    expect(stored).toMatchObject({ status: "dismissed", statementId: null });
    expect((await listSuggestions(analyst, source.id)).map((s) => s.id)).not.toContain(lund.id);
    const dismissed = await listSuggestions(analyst, source.id, { status: "dismissed" });
    expect(dismissed.map((s) => s.id)).toContain(lund.id);
    await expect(acceptSuggestion(analyst, lund.id)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("the reader's suggestion pages", () => {
  const TRANSCRIPT = [
    "[FICTIONAL TRANSCRIPT] Harbour hearing in Orlen.",
    ...Array.from(
      { length: 7 },
      (_, i) => `"Pier ${i + 1} stays closed this week," said Harbour Warden Elsa Varn${i + 1}.`,
    ),
  ].join("\n\n");

  it("pages by position after the last one shown, counts in SQL and leaves out what a statement answers", async () => {
    const analyst = await makeUser("analyst");
    const source = await createSource(analyst, { title: "Orlen hearing", text: TRANSCRIPT, allowDuplicate: true });
    const all = await listSuggestions(analyst, source.id);
    expect(all).toHaveLength(7);

    const first = await suggestionPage(analyst, source.id, { limit: 3 });
    expect(first).toMatchObject({ total: 7, hasMore: true });
    expect(first.items.map((s) => s.id)).toEqual(all.slice(0, 3).map((s) => s.id));
    expect(first.items[0]).toMatchObject({ speakerKind: "person", hedges: [] });
    const last = first.items[2];
    const second = await suggestionPage(analyst, source.id, { after: { start: last.start, id: last.id }, limit: 4 });
    expect(second).toMatchObject({ total: 7, hasMore: false });
    expect(second.items.map((s) => s.id)).toEqual(all.slice(3).map((s) => s.id));

    // A statement over the words of the fifth answers it: neither listed nor counted; a dismissal likewise.
    const fifth = all[4];
    const actor = await createActor(analyst, { name: "Elsa Varn", kind: "person" });
    await createStatement(analyst, {
      sourceId: source.id,
      quote: { exact: fifth.text, start: fifth.start, end: fifth.end },
      speakerId: actor.id,
      kind: "direct",
    });
    await dismissSuggestion(analyst, all[0].id);
    const after = await suggestionPage(analyst, source.id);
    expect(after).toMatchObject({ total: 5, hasMore: false });
    expect(after.items.map((s) => s.id)).toEqual([all[1], all[2], all[3], all[5], all[6]].map((s) => s.id));
  });

  it("refuses a malformed page with 422 and readers without an account", async () => {
    const analyst = await makeUser("analyst");
    const source = await createSource(analyst, { title: "Orlen hearing", text: TRANSCRIPT, allowDuplicate: true });
    await expect(suggestionPage(analyst, source.id, { limit: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(suggestionPage(analyst, source.id, { after: { start: -1, id: "x" } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(suggestionPage(null, source.id)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(suggestionPage(analyst, "no-such-source")).rejects.toBeInstanceOf(NotFoundError);
  });
});
