import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/test-database";
import { fictionalArticle, makeUser } from "@/lib/testing/factories";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createActor } from "./actors";
import { createClaim, getClaim, listClaims, updateClaim } from "./claims";
import { addEvidence, addEvidenceFromReader, listEvidence } from "./evidence";
import { createSource } from "./sources";

const { db } = useTestDatabase();

describe("claims service", () => {
  it("creates a claim with claimant, subjects and tags, and a unique slug", async () => {
    const analyst = await makeUser("analyst");
    const authority = await createActor(analyst, {
      name: "Velmora Harbour Authority",
      kind: "organization",
      aliases: "the authority, VHA",
    });
    const a = await createClaim(analyst, {
      text: "The Velmora ferry resumes at dawn",
      kind: "factual",
      claimantId: authority.id,
      subjectIds: [authority.id],
      tags: "ferries, Velmora",
    });
    const copy = { text: "The Velmora ferry resumes at dawn!", kind: "factual" };
    // Same text after normalising: refused with the existing id unless the analyst insists.
    expect(await createClaim(analyst, copy).catch((e) => e)).toMatchObject({ code: "duplicate", existingId: a.id });
    const b = await createClaim(analyst, { ...copy, allowDuplicate: true });
    expect(a.slug).toBe("the-velmora-ferry-resumes-at-dawn");
    expect(b.slug).not.toBe(a.slug);
    const stored = await getClaim(analyst, a.id);
    expect(stored.claimant?.name).toBe("Velmora Harbour Authority");
    expect(stored.subjects.map((s) => s.actor.id)).toEqual([authority.id]);
    expect(stored.tags.map((t) => t.tag.name).sort()).toEqual(["ferries", "velmora"]);
    expect(stored.status).toBe("draft");
    expect(stored.version).toBe(1);
  });

  it("refuses unknown actors and bad kinds without writing", async () => {
    const analyst = await makeUser("analyst");
    const before = await (await db()).claim.count();
    await expect(
      createClaim(analyst, { text: "Some checkable claim", kind: "factual", claimantId: "nope" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(createClaim(analyst, { text: "Some checkable claim", kind: "opinion" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await (await db()).claim.count()).toBe(before);
  });

  it("updates only from the current version and names who changed it otherwise", async () => {
    const analyst = await makeUser("analyst");
    const editor = await makeUser("editor");
    const claim = await createClaim(analyst, {
      text: "Brask officials disputed the timetable",
      kind: "quote_attribution",
    });
    const first = await updateClaim(editor, claim.id, { version: 1, summary: "Checked by phone." });
    expect(first.version).toBe(2);
    const stale = await updateClaim(analyst, claim.id, {
      version: 1,
      text: "Brask officials rejected the timetable",
    }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.details.currentVersion).toBe(2);
    expect(stale.message).toContain("Test editor");
    const current = await getClaim(analyst, claim.id);
    expect(current.text).toBe("Brask officials disputed the timetable");
    expect(current.summary).toBe("Checked by phone.");
    const audit = await (await db()).auditEvent.findMany({ where: { claimId: claim.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(JSON.parse(audit[1].before!)).toMatchObject({ version: 1, summary: null });
  });

  it("lets reviewers read but not write claims; 404 for a missing claim", async () => {
    const reviewer = await makeUser("reviewer");
    await expect(createClaim(reviewer, { text: "A reviewer's claim", kind: "factual" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getClaim(reviewer, "missing")).rejects.toBeInstanceOf(NotFoundError);
    await expect(listClaims(reviewer, { status: "draft" })).resolves.toHaveProperty("items");
    await expect(listClaims(reviewer, { status: "bogus" })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("evidence service", () => {
  it("anchors a quote to the source's current revision with prefix and suffix", async () => {
    const analyst = await makeUser("analyst");
    const text = fictionalArticle();
    const source = await createSource(analyst, { title: "Ferry", text });
    const claim = await createClaim(analyst, { text: "The first ferry sails at dawn", kind: "factual" });
    const evidence = await addEvidence(analyst, claim.id, {
      sourceId: source.id,
      quote: { exact: "We expect the first sailing at dawn" },
      stance: "supports",
      note: "Spokesperson",
    });
    expect(text.slice(evidence.start, evidence.end)).toBe("We expect the first sailing at dawn");
    expect(evidence.prefix.length).toBeLessThanOrEqual(32);
    expect(text.slice(evidence.start - evidence.prefix.length, evidence.start)).toBe(evidence.prefix);
    const listed = await listEvidence(analyst, claim.id);
    expect(listed.map((e) => e.id)).toEqual([evidence.id]);
  });

  it("lists evidence by stance name, then oldest first, on both providers (enums sort as text)", async () => {
    const analyst = await makeUser("analyst");
    const source = await createSource(analyst, { title: "Ferry", text: fictionalArticle() });
    const claim = await createClaim(analyst, { text: "Velmora's dawn ferry is back in service", kind: "factual" });
    const add = (stance: "supports" | "contradicts" | "context") =>
      addEvidence(analyst, claim.id, { sourceId: source.id, quote: { exact: "the first sailing at dawn" }, stance });
    const supports = await add("supports");
    const context = await add("context");
    const contradicts = await add("contradicts");
    const laterContext = await add("context");
    const listed = await listEvidence(analyst, claim.id);
    expect(listed.map((e) => e.id)).toEqual([context.id, laterContext.id, contradicts.id, supports.id]);
  });

  it("refuses quotes that are absent or ambiguous, and positions that do not match", async () => {
    const analyst = await makeUser("analyst");
    const source = await createSource(analyst, {
      title: "Twice",
      text: "The mayor said yes. Later the mayor said yes again.",
    });
    const claim = await createClaim(analyst, { text: "The mayor agreed to the plan", kind: "factual" });
    const before = await (await db()).evidence.count();
    const refuse = (quote: object) =>
      addEvidence(analyst, claim.id, { sourceId: source.id, quote, stance: "supports" }).catch((e) => e);
    expect((await refuse({ exact: "the mayor refused" })).fields["quote.exact"][0]).toMatch(/does not occur/);
    expect((await refuse({ exact: "mayor said yes" })).fields["quote.exact"][0]).toMatch(/more than once/);
    expect((await refuse({ exact: "mayor said yes", start: 0, end: 14 })).fields["quote.exact"][0]).toMatch(
      /not the quote/,
    );
    expect(await refuse({ exact: "" })).toBeInstanceOf(ValidationError);
    expect(await (await db()).evidence.count()).toBe(before);
    const ok = await addEvidence(analyst, claim.id, {
      sourceId: source.id,
      quote: { exact: "mayor said yes", suffix: " again." },
      stance: "context",
    });
    expect(ok.start).toBe("The mayor said yes. Later the ".length);
  });
});

describe("claims created from the reader", () => {
  it("get the claim form's duplicate check: refused with the existing id, nothing saved, unless allowed", async () => {
    const analyst = await makeUser("analyst");
    const source = await createSource(analyst, { title: "Ferry (fictional)", text: fictionalArticle() });
    const text = `The Brask pier reopens on Friday ${Date.now()}`;
    const existing = await createClaim(analyst, { text, kind: "factual" });
    const d = await db();
    const before = { claims: await d.claim.count(), evidence: await d.evidence.count() };
    const fromReader = {
      sourceId: source.id,
      quote: { exact: "We expect the first sailing at dawn" },
      stance: "supports",
      newClaim: { text: `  the BRASK pier reopens, on friday ${text.split(" ").pop()}!`, kind: "factual" },
    };
    const refused = await addEvidenceFromReader(analyst, fromReader).catch((e) => e);
    expect(refused).toMatchObject({ code: "duplicate", status: 409, existingId: existing.id });
    expect({ claims: await d.claim.count(), evidence: await d.evidence.count() }).toEqual(before);

    const anyway = await addEvidenceFromReader(analyst, { ...fromReader, allowDuplicate: "on" });
    expect(anyway.claimId).not.toBe(existing.id);
    expect(await d.claim.count()).toBe(before.claims + 1);
  });
});
