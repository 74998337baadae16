import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { fictionalArticle, makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { createActor } from "./actors";
import { createSource } from "./sources";
import { createStatement, listStatements, removeStatement } from "./statements";

const { db } = useTestDatabase();
const QUOTE = "We expect the first sailing at dawn";

async function counts() {
  const d = await db();
  return { statements: await d.statement.count(), actors: await d.actor.count(), audit: await d.auditEvent.count() };
}

describe("statements service", () => {
  it("anchors a quote typed with straight marks to the source's curly ones and stores the source's words", async () => {
    const analyst = await makeUser("analyst");
    // Fictional text: invented harbour and people.
    const text =
      "The harbour master of Orrin said the town\u2019s \u201Cold ferry\u201D would sail again \u2014 in spring.";
    const source = await createSource(analyst, { title: "Orrin ferry (fictional)", text, allowDuplicate: true });
    const statement = await createStatement(analyst, {
      sourceId: source.id,
      quote: { exact: `the town's "old ferry" would sail again - in spring` },
      newSpeaker: { name: "Orrin harbour master", kind: "person" },
      kind: "indirect",
    });
    const start = text.indexOf("the town");
    expect(statement).toMatchObject({
      exact: "the town\u2019s \u201Cold ferry\u201D would sail again \u2014 in spring",
      start,
      end: start + 51,
      anchorStatus: "anchored",
    });
  });

  it("records who said the words, through whom, with cue, kind and hedges, anchored to the current revision", async () => {
    const analyst = await makeUser("analyst");
    const text = fictionalArticle();
    const source = await createSource(analyst, { title: "Ferry", text });
    const lund = await createActor(analyst, { name: "Pia Lund", kind: "person" });
    const start = text.indexOf(QUOTE);
    const statement = await createStatement(analyst, {
      sourceId: source.id,
      quote: { exact: QUOTE, start, end: start + QUOTE.length, prefix: text.slice(start - 5, start) },
      speakerId: lund.id,
      newVia: { name: "Velmora Post", kind: "outlet" },
      viaText: "told the Velmora Post",
      cue: "said",
      kind: "direct",
      anonymous: false,
      hedges: ["reportedly"],
    });
    expect(statement).toMatchObject({
      exact: QUOTE,
      start,
      end: start + QUOTE.length,
      revisionId: source.revision.id,
      anchorStatus: "anchored",
      cue: "said",
      kind: "direct",
    });
    expect(statement.speaker.name).toBe("Pia Lund");
    expect(statement.via?.name).toBe("Velmora Post");
    expect(statement.via?.kind).toBe("outlet");
    expect(statement.hedges).toEqual(["reportedly"]);
    expect(text.slice(statement.start - statement.prefix.length, statement.start)).toBe(statement.prefix);
    expect((await listStatements(analyst, { sourceId: source.id })).map((s) => s.id)).toEqual([statement.id]);
    const audit = await (
      await db()
    ).auditEvent.findMany({ where: { OR: [{ entityId: statement.id }, { entityId: statement.via!.id }] } });
    expect(audit.map((a) => `${a.entityType}:${a.action}`).sort()).toEqual(["actor:create", "statement:create"]);
  });

  it("creates a new speaker inline from a form's fields, anonymous sources included", async () => {
    const analyst = await makeUser("analyst");
    const source = await createSource(analyst, { title: "Ferry", text: fictionalArticle() });
    const statement = await createStatement(analyst, {
      sourceId: source.id,
      quote: { exact: "repairs were not finished" },
      newSpeaker: { name: "Officials in Brask", kind: "anonymous" },
      viaId: "",
      cue: "saying",
      kind: "indirect",
      anonymous: "on",
      hedges: "",
    });
    expect(statement.speaker).toMatchObject({ name: "Officials in Brask", kind: "anonymous" });
    expect(statement.anonymous).toBe(true);
    expect(statement.via).toBeNull();
  });

  it("refuses a position that does not hold the quote, unknown speakers and missing speakers, writing nothing", async () => {
    const analyst = await makeUser("analyst");
    const text = fictionalArticle();
    const source = await createSource(analyst, { title: "Ferry", text });
    const lund = await createActor(analyst, { name: "Pia Lund", kind: "person" });
    const before = await counts();
    const refuse = (body: object) =>
      createStatement(analyst, {
        sourceId: source.id,
        kind: "direct",
        speakerId: lund.id,
        quote: { exact: QUOTE },
        ...body,
      }).catch((e) => e);

    const moved = await refuse({ quote: { exact: QUOTE, start: 0, end: QUOTE.length } });
    expect(moved).toBeInstanceOf(ValidationError);
    expect(moved.fields["quote.exact"][0]).toMatch(/not the quote/);
    expect((await refuse({ speakerId: "nobody" })).fields).toEqual({ speakerId: ["Choose an existing actor."] });
    expect((await refuse({ speakerId: undefined })).fields.speakerId[0]).toMatch(/Choose the speaker/);
    expect((await refuse({ newSpeaker: { name: "Someone", kind: "person" } })).fields.speakerId[0]).toMatch(/not both/);
    expect(Object.keys((await refuse({ kind: "rumour", quote: { exact: "" } })).fields).sort()).toEqual([
      "kind",
      "quote.exact",
    ]);
    // The inline actor is created in the same transaction, so a refused quote leaves no actor behind.
    expect(
      await refuse({
        speakerId: undefined,
        newSpeaker: { name: "Ghost", kind: "person" },
        quote: { exact: "not in the text" },
      }),
    ).toBeInstanceOf(ValidationError);
    expect(await refuse({ sourceId: "missing" })).toBeInstanceOf(ValidationError);
    expect(await counts()).toEqual(before);
  });

  it("lets reviewers read but not record statements; removal is audited", async () => {
    const analyst = await makeUser("analyst");
    const reviewer = await makeUser("reviewer");
    const source = await createSource(analyst, { title: "Ferry", text: fictionalArticle() });
    const lund = await createActor(analyst, { name: "Pia Lund", kind: "person" });
    await expect(
      createStatement(reviewer, { sourceId: source.id, quote: { exact: QUOTE }, speakerId: lund.id, kind: "direct" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const statement = await createStatement(analyst, {
      sourceId: source.id,
      quote: { exact: QUOTE },
      speakerId: lund.id,
      kind: "direct",
    });
    await expect(listStatements(reviewer, { sourceId: source.id })).resolves.toHaveLength(1);
    await expect(listStatements(reviewer, { sourceId: "missing" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeStatement(reviewer, statement.id)).rejects.toBeInstanceOf(ForbiddenError);
    await removeStatement(analyst, statement.id);
    await expect(removeStatement(analyst, statement.id)).rejects.toBeInstanceOf(NotFoundError);
    const audit = await (await db()).auditEvent.findFirst({ where: { entityId: statement.id, action: "delete" } });
    expect(JSON.parse(audit!.before!)).toMatchObject({ exact: QUOTE });
  });
});
