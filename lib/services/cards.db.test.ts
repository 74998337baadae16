import { describe, expect, it } from "vitest";
import { claimStatus, draftClaim, REVIEW, team } from "@/lib/testing/card-fixtures";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/lib/testing/test-database";
import { correctCard, getPublishedCard, listPublishedCards, publishCard } from "./cards";
import { submitReview } from "./reviews";
import { transitionClaim } from "./workflow";

const { db } = useTestDatabase();

const PUBLISH = {
  headline: "Does the first Velmora ferry sail at dawn? Unproven",
  truthVerdict: "unproven",
  attributionVerdict: "accurately_attributed",
  rationale: "Only the authority says so; Brask disputes it.",
};

async function reviewedClaim() {
  const people = await team();
  const { claim, source } = await draftClaim(people.analyst);
  await transitionClaim(people.analyst, claim.id, { to: "in_review", version: 1 });
  const { claimVersion } = await submitReview(people.reviewer, claim.id, REVIEW);
  return { ...people, claim, source, version: claimVersion };
}

describe("publish gate", () => {
  it("names every missing item at once", async () => {
    const { analyst, editor } = await team();
    const { claim } = await draftClaim(analyst, { evidence: false });
    await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
    const refused = await publishCard(editor, claim.id, { ...PUBLISH, rationale: "   ", version: 2 }).catch((e) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused.status).toBe(422);
    expect(refused.fields.publish).toEqual([
      "At least one evidence item.",
      "At least one review.",
      "Public rationale is required.",
    ]);
    expect(refused.fields.rationale).toEqual(["Public rationale is required."]);
    expect(await (await db()).cardVersion.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await claimStatus(claim.id)).toBe("in_review");
  });

  it("refuses evidence whose anchor needs review, and drafts that were never submitted", async () => {
    const { analyst, editor } = await team();
    const { claim, evidence } = await draftClaim(analyst);
    await (await db()).evidence.update({ where: { id: evidence!.id }, data: { anchorStatus: "needs_review" } });
    const refused = await publishCard(editor, claim.id, { ...PUBLISH, version: 1 }).catch((e) => e);
    expect(refused.fields.publish).toEqual([
      "The claim must be submitted for review first (it is Draft).",
      "1 evidence item(s) whose anchor needs review.",
      "At least one review.",
    ]);
  });

  it("reports invalid fields together with the gate's missing items", async () => {
    const { analyst, editor } = await team();
    const { claim } = await draftClaim(analyst, { evidence: false });
    await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
    const refused = await publishCard(editor, claim.id, { headline: " ", rationale: "", version: 2 }).catch((e) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused.fields.publish).toEqual([
      "At least one evidence item.",
      "At least one review.",
      "Headline is required.",
      "Choose a truth verdict.",
      "Choose an attribution verdict.",
      "Public rationale is required.",
    ]);
    expect(Object.keys(refused.fields).sort()).toEqual([
      "attributionVerdict",
      "headline",
      "publish",
      "rationale",
      "truthVerdict",
    ]);
    expect(await (await db()).cardVersion.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("validates the form fields themselves when the gate is passed", async () => {
    const { claim, editor, version } = await reviewedClaim();
    const invalid = await publishCard(editor, claim.id, {
      headline: "",
      truthVerdict: "probably",
      attributionVerdict: "accurately_attributed",
      rationale: "x",
      version,
    }).catch((e) => e);
    expect(Object.keys(invalid.fields).sort()).toEqual(["headline", "publish", "truthVerdict"]);
  });

  it("publishes an unproven verdict as version 1 and only editors may", async () => {
    const { claim, editor, reviewer, analyst, version } = await reviewedClaim();
    await expect(publishCard(reviewer, claim.id, { ...PUBLISH, version })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishCard(analyst, claim.id, { ...PUBLISH, version })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPublishedCard(claim.slug)).rejects.toBeInstanceOf(NotFoundError);

    const { card, claimVersion } = await publishCard(editor, claim.id, { ...PUBLISH, version });
    expect(card.number).toBe(1);
    expect(claimVersion).toBe(version + 1);
    expect(await claimStatus(claim.id)).toBe("published");
    const published = await getPublishedCard(claim.slug);
    expect(published).toMatchObject({
      number: 1,
      latestNumber: 1,
      headline: PUBLISH.headline,
      truthVerdict: "unproven",
      organizationName: "Claimdesk",
    });
    expect(published.content.evidence).toEqual([
      expect.objectContaining({
        quote: "We expect the first sailing at dawn",
        sourceTitle: "Velmora ferry",
        publisher: "Velmora Post",
        url: "https://post.example/ferry",
        publishedAt: "2026-11-20T00:00:00.000Z",
      }),
    ]);
    expect(published.content.reviewCount).toBe(1);
    expect(published.content.methodologyPath).toBe("/methodology");
    expect((await listPublishedCards()).map((c) => c.slug)).toContain(claim.slug);
    const audit = await (await db()).auditEvent.findFirstOrThrow({ where: { claimId: claim.id, entityType: "card" } });
    expect(audit).toMatchObject({ action: "publish", userId: editor.userId });
    // Published once: publishing again is a correction, not a second version 1.
    const again = await publishCard(editor, claim.id, { ...PUBLISH, version: claimVersion }).catch((e) => e);
    expect(again.fields.publish).toEqual(["The claim is already published: issue a correction instead."]);
  });

  it("refuses to publish from a stale version (a review or edit arrived since the editor looked)", async () => {
    const { claim, editor, version } = await reviewedClaim();
    const stale = await publishCard(editor, claim.id, { ...PUBLISH, version: version - 1 }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.details.currentVersion).toBe(version);
    expect(stale.details.updatedBy).toBe("Test reviewer");
  });

  it("counts only current reviews on the card, not stale ones that judged earlier words", async () => {
    const { claim, editor, reviewer, reviewer2 } = await reviewedClaim();
    const { claimVersion } = await submitReview(reviewer2, claim.id, REVIEW);
    // The first review judged words the claim no longer has.
    await (
      await db()
    ).review.updateMany({
      where: { claimId: claim.id, reviewerId: reviewer.userId },
      data: { staleAt: new Date() },
    });
    await publishCard(editor, claim.id, { ...PUBLISH, version: claimVersion });
    expect((await getPublishedCard(claim.slug)).content.reviewCount).toBe(1);
  });

  it("snapshots the appearances (first one first) and the chain of attribution", async () => {
    const { claim, source, editor, version } = await reviewedClaim();
    const d = await db();
    const [speaker, outlet] = await Promise.all([
      d.actor.create({ data: { name: "Pia Lund", kind: "person" } }),
      d.actor.create({ data: { name: "Velmora Radio", kind: "outlet" } }),
    ]);
    const revision = await d.sourceRevision.findFirstOrThrow({ where: { sourceId: source.id } });
    const statement = await d.statement.create({
      data: {
        sourceId: source.id,
        revisionId: revision.id,
        speakerId: speaker.id,
        viaId: outlet.id,
        cue: "told",
        kind: "direct",
        exact: "We expect the first sailing at dawn",
        start: 0,
        end: 10,
      },
    });
    await d.evidence.updateMany({ where: { claimId: claim.id }, data: { statementId: statement.id } });
    const later = await d.source.create({
      data: {
        title: "Brask doubts the timetable",
        publishedAt: new Date("2026-11-25"),
        url: "https://brask.example/doubts",
      },
    });
    await d.claimAppearance.create({ data: { claimId: claim.id, sourceId: later.id } });
    await d.claimAppearance.create({ data: { claimId: claim.id, sourceId: source.id, statementId: statement.id } });
    await d.claim.update({ where: { id: claim.id }, data: { claimantId: speaker.id } });

    await publishCard(editor, claim.id, { ...PUBLISH, version });
    const card = await getPublishedCard(claim.slug);
    expect(card.content.appearances.map((a) => a.title)).toEqual(["Velmora ferry", "Brask doubts the timetable"]);
    expect(card.content.claim).toMatchObject({ claimant: "Pia Lund", claimantKind: "person" });
    expect(card.content.attributions).toEqual([
      {
        speaker: "Pia Lund",
        anonymous: false,
        cue: "told",
        kind: "direct",
        quote: "We expect the first sailing at dawn",
        hedges: [],
        via: ["Velmora Radio"],
        source: {
          title: "Velmora ferry",
          publisher: "Velmora Post",
          url: "https://post.example/ferry",
          publishedAt: "2026-11-20T00:00:00.000Z",
        },
      },
    ]);
  });
});

describe("reading older snapshots", () => {
  it("fills appearances and the claimant's kind from the claim when a card predates them (the demo card)", async () => {
    const { analyst } = await team();
    const { claim, source } = await draftClaim(analyst);
    const d = await db();
    const brigade = await d.actor.create({ data: { name: "Kessel Brigade", kind: "armed_group" } });
    await d.claim.update({ where: { id: claim.id }, data: { status: "published", claimantId: brigade.id } });
    await d.claimAppearance.create({ data: { claimId: claim.id, sourceId: source.id } });
    const oldContent = {
      claim: { text: claim.text, kind: "factual", claimant: "Kessel Brigade" },
      truthVerdict: "unproven",
      attributionVerdict: "accurately_attributed",
      rationale: "r",
      evidence: [],
      reviewCount: 2,
    };
    await d.cardVersion.create({
      data: {
        claimId: claim.id,
        slug: claim.slug,
        number: 1,
        headline: "h",
        truthVerdict: "unproven",
        attributionVerdict: "accurately_attributed",
        rationale: "r",
        content: JSON.stringify(oldContent),
      },
    });
    const card = await getPublishedCard(claim.slug);
    expect(card.content.appearances).toEqual([
      {
        title: "Velmora ferry",
        publisher: "Velmora Post",
        url: "https://post.example/ferry",
        publishedAt: "2026-11-20T00:00:00.000Z",
      },
    ]);
    expect(card.content.claim.claimantKind).toBe("armed_group");
    expect(card.content.attributions).toEqual([]);
  });
});

describe("corrections", () => {
  it("adds version n+1 with a public note, marks the claim corrected and keeps version 1 readable", async () => {
    const { claim, editor, reviewer, version } = await reviewedClaim();
    const { claimVersion } = await publishCard(editor, claim.id, { ...PUBLISH, version });
    await expect(correctCard(reviewer, claim.id, { note: "x", version: claimVersion })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const noNote = await correctCard(editor, claim.id, { note: " ", version: claimVersion }).catch((e) => e);
    expect(noNote.fields.note).toEqual(["Correction note is required."]);

    const { card } = await correctCard(editor, claim.id, {
      note: "The authority's statement was made on Monday, not Tuesday.",
      truthVerdict: "mostly_false",
      version: claimVersion,
    });
    expect(card.number).toBe(2);
    expect(await claimStatus(claim.id)).toBe("corrected");

    const latest = await getPublishedCard(claim.slug);
    expect(latest).toMatchObject({
      number: 2,
      latestNumber: 2,
      truthVerdict: "mostly_false",
      headline: PUBLISH.headline,
      rationale: PUBLISH.rationale,
      correctionNote: "The authority's statement was made on Monday, not Tuesday.",
    });
    expect(latest.history.map((h) => h.number)).toEqual([2, 1]);
    const first = await getPublishedCard(claim.slug, 1);
    expect(first).toMatchObject({ number: 1, latestNumber: 2, truthVerdict: "unproven", correctionNote: null });
    expect(first.firstPublishedAt).toBe(latest.firstPublishedAt);
    await expect(getPublishedCard(claim.slug, 3)).rejects.toBeInstanceOf(NotFoundError);

    const audit = await (await db()).auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: "correct" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ number: 1, truthVerdict: "unproven" });
    expect(JSON.parse(audit.after!)).toMatchObject({
      number: 2,
      truthVerdict: "mostly_false",
      correctionNote: expect.stringContaining("Monday"),
    });
  });

  it("only corrects published cards, from the current version", async () => {
    const { claim, editor, version } = await reviewedClaim();
    const early = await correctCard(editor, claim.id, { note: "Too early.", version }).catch((e) => e);
    expect(early.fields.publish).toEqual(["Only a published card can be corrected (the claim is Verdict proposed)."]);
    const { claimVersion } = await publishCard(editor, claim.id, { ...PUBLISH, version });
    await expect(correctCard(editor, claim.id, { note: "Stale.", version })).rejects.toBeInstanceOf(ConflictError);
    await correctCard(editor, claim.id, { note: "First fix.", version: claimVersion });
    await correctCard(editor, claim.id, { note: "Second fix.", version: claimVersion + 1 });
    expect((await getPublishedCard(claim.slug)).number).toBe(3);
  });

  it("withdraws the public card when the claim is archived", async () => {
    const { claim, editor, version } = await reviewedClaim();
    const { claimVersion } = await publishCard(editor, claim.id, { ...PUBLISH, version });
    await transitionClaim(editor, claim.id, { to: "archived", version: claimVersion });
    await expect(getPublishedCard(claim.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPublishedCard(claim.slug, 1)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPublishedCards()).map((c) => c.slug)).not.toContain(claim.slug);
  });
});
