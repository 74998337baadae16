// Read models of the claim page and the dispute view, on the fictional demo workspace.
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoWorkspace } from "@/lib/services/demo";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { getClaimPage } from "./claim-page";
import { getClaimPageView } from "./claim-page-view";
import { createActor } from "./actors";
import { claimNumbers, claimNumbersOf } from "./claim-numbers";
import { addEvidence } from "./evidence";
import {
  addClaimAppearance,
  addClaimRelation,
  createClaim,
  removeClaimAppearance,
  removeClaimRelation,
  searchClaims,
} from "./claims";
import { getClaimDispute } from "./dispute";
import { createSource, listSourceChoices } from "./sources";
import { createStatement } from "./statements";

const { db } = useTestDatabase();
const DIRECTS = "Varnia directs the Kessel Brigade's rocket attacks on coalition forces at Port Aldan";

let claimId: string;
beforeAll(async () => {
  await loadDemoWorkspace();
  claimId = (await (await db()).claim.findFirstOrThrow({ where: { text: DIRECTS } })).id;
});

describe("dispute view", () => {
  it("shows who asserts the demo claim and who denies it, with chains and weaknesses", async () => {
    const reviewer = await makeUser("reviewer");
    const dispute = await getClaimDispute(reviewer, claimId);
    expect(dispute.counts).toEqual({ supports: 2, contradicts: 2, context: 1 });
    expect(dispute.asserts.groups.map((g) => g.label).sort()).toEqual(["A senior coalition official", "Mara Quill"]);
    expect(dispute.denies.groups.map((g) => g.label).sort()).toEqual([
      "Ivo Draskan",
      "Varnian Ministry of Foreign Affairs",
    ]);
    const official = dispute.asserts.groups.find((g) => g.label === "A senior coalition official")!;
    expect(official.weaknesses.map((w) => w.label)).toEqual(expect.arrayContaining(["anonymous", "via intermediary"]));
    expect(official.items[0].chain.map((l) => l.label)).toEqual([
      "A senior coalition official",
      "The Harbor Courier",
      expect.stringContaining("Rockets strike"),
      "The Meridian Ledger (fictional)",
    ]);
    await expect(getClaimDispute(reviewer, "missing")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClaimDispute(null, claimId)).rejects.toThrow(/Sign in/);
  });
});

describe("claim page", () => {
  it("links evidence to the statements it quotes, groups statements by actor, dates appearances", async () => {
    const analyst = await makeUser("analyst");
    const page = await getClaimPage(analyst, claimId);
    expect(page.evidence).toHaveLength(5);
    expect(
      page.evidence
        .filter((e) => e.statement)
        .map((e) => e.statement!.speaker.name)
        .sort(),
    ).toEqual(["A senior coalition official", "Ivo Draskan", "Mara Quill", "Varnian Ministry of Foreign Affairs"]);
    expect(page.statementsByActor.map((g) => g.actor.name)).toEqual([
      "A senior coalition official",
      "Ivo Draskan",
      "Mara Quill",
      "Varnian Ministry of Foreign Affairs",
    ]);
    expect(page.needsReview).toBe(0);
    expect(page.appearances).toHaveLength(1);
    expect(page.appearances[0]).toMatchObject({ first: true, estimated: false });

    // An undated source imported today appears later than the dated demo article.
    const later = await createSource(analyst, {
      title: "Undated repost",
      text: "Varnia directs the attacks, a blog claimed.",
    });
    await addClaimAppearance(analyst, claimId, { sourceId: later.id });
    const again = await getClaimPage(analyst, claimId);
    expect(again.appearances.map((a) => [a.source.title, a.first, a.estimated])).toEqual([
      [expect.stringContaining("Rockets strike"), true, false],
      ["Undated repost", false, true],
    ]);
    await expect(addClaimAppearance(analyst, claimId, { sourceId: later.id })).rejects.toBeInstanceOf(ConflictError);
    expect((await addClaimAppearance(analyst, claimId, { sourceId: "missing" }).catch((e) => e)).fields).toHaveProperty(
      "sourceId",
    );
    await removeClaimAppearance(analyst, claimId, again.appearances[1].id);
    expect((await getClaimPage(analyst, claimId)).appearances).toHaveLength(1);
  });

  it("names the claimant, subjects, tags and an appearance's speaker; groups only statements the evidence quotes", async () => {
    const analyst = await makeUser("analyst");
    const board = await createActor(analyst, { name: "Osk Harbour Board (fictional)", kind: "organization" });
    const mayor = await createActor(analyst, { name: "Mayor Tilde Varn (fictional)", kind: "person" });
    const claim = (await createClaim(analyst, {
      text: "The Osk ferry pier reopens in May",
      kind: "factual",
      claimantId: board.id,
      subjectIds: [mayor.id, board.id],
      tags: "ferries, Osk",
    }))!;
    const text = "[FICTIONAL] The pier reopens in May, Mayor Tilde Varn said on Friday.";
    const source = await createSource(analyst, { title: "Osk pier notice (fictional)", text });
    const exact = "The pier reopens in May";
    const quote = { exact, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length };
    const statement = await createStatement(analyst, {
      sourceId: source.id,
      speakerId: mayor.id,
      kind: "direct",
      cue: "said",
      quote,
    });
    await addClaimAppearance(analyst, claim.id, { sourceId: source.id, statementId: statement.id });

    const page = await getClaimPage(analyst, claim.id);
    expect(page.claim.claimant).toEqual({ id: board.id, name: board.name, kind: "organization" });
    expect(page.claim.subjects.map((s) => s.actor.name).sort()).toEqual([mayor.name, board.name].sort());
    expect(page.claim.tags).toHaveLength(2);
    expect(page.appearances[0].statement).toEqual({
      id: statement.id,
      exact,
      speaker: { id: mayor.id, name: mayor.name },
    });
    expect(page.statementsByActor).toEqual([]); // no evidence quotes that source yet

    await addEvidence(analyst, claim.id, { sourceId: source.id, quote, stance: "supports" });
    const again = await getClaimPage(analyst, claim.id);
    expect(again.evidence[0].statement).toMatchObject({ id: statement.id, speaker: { name: mayor.name }, via: null });
    expect(again.statementsByActor).toEqual([
      { actor: expect.objectContaining({ id: mayor.id }), statements: [expect.objectContaining({ id: statement.id })] },
    ]);
  });

  it("relates claims both ways and refuses self, duplicate and symmetric repeats", async () => {
    const analyst = await makeUser("analyst");
    const reviewer = await makeUser("reviewer");
    const denial = await createClaim(analyst, {
      text: "Varnia has no role in the Port Aldan attacks",
      kind: "responsibility_attribution",
    });
    const relation = await addClaimRelation(analyst, claimId, { toClaimId: denial.id, kind: "contradicts" });
    expect((await getClaimPage(analyst, claimId)).relations).toEqual([
      expect.objectContaining({
        id: relation.id,
        kind: "contradicts",
        direction: "out",
        claim: expect.objectContaining({ id: denial.id }),
      }),
    ]);
    expect((await getClaimPage(analyst, denial.id)).relations).toEqual([
      expect.objectContaining({ direction: "in", claim: expect.objectContaining({ id: claimId }) }),
    ]);
    await expect(
      addClaimRelation(analyst, claimId, { toClaimId: denial.id, kind: "contradicts" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      addClaimRelation(analyst, denial.id, { toClaimId: claimId, kind: "contradicts" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(
      (await addClaimRelation(analyst, claimId, { toClaimId: claimId, kind: "refines" }).catch((e) => e)).fields,
    ).toHaveProperty("toClaimId");
    expect(
      await addClaimRelation(analyst, claimId, { toClaimId: denial.id, kind: "opposes" }).catch((e) => e),
    ).toBeInstanceOf(ValidationError);
    await expect(addClaimRelation(reviewer, claimId, { toClaimId: denial.id, kind: "refines" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(removeClaimRelation(analyst, "other-claim", relation.id)).rejects.toBeInstanceOf(NotFoundError);
    await removeClaimRelation(analyst, denial.id, relation.id);
    expect((await getClaimPage(analyst, claimId)).relations).toEqual([]);
  });

  it("finds claims by text for the pickers", async () => {
    const analyst = await makeUser("analyst");
    const found = await searchClaims(analyst, { q: "kessel BRIGADE" });
    expect(found.map((c) => c.text)).toEqual(expect.arrayContaining([DIRECTS]));
    expect((await searchClaims(analyst, { q: "kessel", excludeId: claimId })).map((c) => c.id)).not.toContain(claimId);
  });

  it("compares the figures each evidence item quotes, and only those, when several quote one revision", async () => {
    const analyst = await makeUser("analyst");
    const text =
      "[FICTIONAL] Officials said 40 people were injured in the Osk blast on Monday. " +
      "A hospital said 52 people were injured in the Osk blast on Monday. " +
      "Police said 70 people were injured in the Osk blast on Monday.";
    const source = await createSource(analyst, { title: "Osk blast figures (fictional)", text });
    const claim = await createClaim(analyst, {
      text: "45 people were injured in the Osk blast on Monday",
      kind: "factual",
    });
    for (const figure of ["40 people were injured", "52 people were injured"]) {
      const start = text.indexOf(figure);
      await addEvidence(analyst, claim!.id, {
        sourceId: source.id,
        quote: { exact: figure, start, end: start + figure.length },
        stance: "contradicts",
      });
    }
    const figures = (await claimNumbers(analyst, claim!.id)).flatMap((g) =>
      g.numbers.filter((n) => n.sourceId === source.id).map((n) => n.value),
    );
    expect(figures.sort()).toEqual([40, 52]); // 70 is in the text but no evidence quotes it
    // The claim page compares the same figures from its own read of the evidence and appearances.
    const page = await getClaimPage(analyst, claim!.id);
    expect(
      await claimNumbersOf(analyst, { text: page.claim.text, evidence: page.evidence, appearances: page.appearances }),
    ).toEqual(await claimNumbers(analyst, claim!.id));
  });

  it("offers the newest sources as appearance choices, with id and title only", async () => {
    const analyst = await makeUser("analyst");
    const newest = await createSource(analyst, { title: "Harbour log (fictional)", text: "The ferry left at noon." });
    const choices = await listSourceChoices(analyst, 3);
    expect(choices).toHaveLength(3);
    expect(choices[0]).toEqual({ id: newest.id, title: "Harbour log (fictional)" });
    await expect(listSourceChoices(null)).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describe("kept claim page views (ADR 0030)", () => {
  it("serves a kept view to every staff role until a write that changes what it shows, from any connection", async () => {
    const analyst = await makeUser("analyst");
    const reviewer = await makeUser("reviewer");
    const client = await db();
    const claim = await client.claim.findFirstOrThrow({ where: { text: DIRECTS } });
    const first = await getClaimPageView(analyst, claim.id);
    expect(first.page).toEqual(await getClaimPage(analyst, claim.id));
    // Nothing in it depends on who reads it, so every role shares one kept view.
    expect(await getClaimPageView(reviewer, claim.id)).toBe(first);
    await expect(getClaimPageView(null, claim.id)).rejects.toBeInstanceOf(UnauthorizedError);

    // Each write goes straight to the database, as another process or a psql session would.
    const quoted = first.page.evidence.find((e) => e.statement)!;
    const source = await createSource(analyst, { title: "Kept-view repost (fictional)", text: "A repost, fictional." });
    const revision = await client.sourceRevision.findFirstOrThrow({ where: { sourceId: source.id } });
    const changes: Array<[string, () => Promise<unknown>, (view: typeof first) => unknown, unknown]> = [
      [
        "claim summary",
        () => client.claim.update({ where: { id: claim.id }, data: { summary: "Kept-view check (fictional)" } }),
        (v) => v.page.claim.summary,
        "Kept-view check (fictional)",
      ],
      [
        "evidence note",
        () => client.evidence.update({ where: { id: quoted.id }, data: { note: "Rechecked (fictional)" } }),
        (v) => v.page.evidence.find((e) => e.id === quoted.id)!.note,
        "Rechecked (fictional)",
      ],
      [
        "speaker's name",
        () => client.actor.update({ where: { id: quoted.statement!.speaker.id }, data: { name: "Renamed speaker" } }),
        (v) => v.page.evidence.find((e) => e.id === quoted.id)!.statement!.speaker.name,
        "Renamed speaker",
      ],
      [
        "source title",
        () => client.source.update({ where: { id: quoted.source.id }, data: { title: "Retitled source" } }),
        (v) => v.page.evidence.find((e) => e.id === quoted.id)!.source.title,
        "Retitled source",
      ],
      [
        "a review",
        () =>
          client.review.create({
            data: {
              claimId: claim.id,
              reviewerId: reviewer.userId,
              truthVerdict: "mixed",
              attributionVerdict: "accurately_attributed",
              rationale: "Kept-view check (fictional)",
            },
          }),
        (v) => v.page.claim._count.reviews,
        first.page.claim._count.reviews + 1,
      ],
      [
        "an appearance",
        () => client.claimAppearance.create({ data: { claimId: claim.id, sourceId: source.id } }),
        (v) => v.page.appearances.map((a) => a.source.title),
        expect.arrayContaining(["Kept-view repost (fictional)"]),
      ],
      [
        "possible evidence",
        () =>
          client.claimMatch.create({
            data: {
              claimId: claim.id,
              sourceId: source.id,
              revisionId: revision.id,
              text: "A repost",
              start: 0,
              end: 8,
              score: 0.9,
              rank: 1,
              stance: "supports",
            },
          }),
        (v) => v.possibleEvidence.map((m) => m.text),
        ["A repost"],
      ],
      [
        "an external review",
        () =>
          client.externalReview.create({
            data: { claimId: claim.id, organization: "Kept-view Checkers (fictional)", format: "schema.org" },
          }),
        (v) => v.externalReviews.map((r) => r.organization),
        ["Kept-view Checkers (fictional)"],
      ],
    ];
    let previous = first;
    for (const [what, write, shown, expected] of changes) {
      expect(shown(previous), what).not.toEqual(expected);
      await write();
      const after = await getClaimPageView(analyst, claim.id);
      expect(shown(after), what).toEqual(expected);
      expect(await getClaimPageView(analyst, claim.id), what).toBe(after); // kept again once read
      previous = after;
    }

    // A relation moves both claims' views; then the other claim's status shows on this one.
    const other = (await createClaim(analyst, { text: "Kept-view related claim (fictional)", kind: "factual" }))!;
    const otherView = await getClaimPageView(analyst, other.id);
    await client.claimRelation.create({ data: { fromClaimId: claim.id, toClaimId: other.id, kind: "refines" } });
    expect((await getClaimPageView(analyst, claim.id)).page.relations.map((r) => r.claim.status)).toEqual([
      other.status,
    ]);
    expect((await getClaimPageView(analyst, other.id)).page.relations.map((r) => r.direction)).toEqual(["in"]);
    expect(otherView.page.relations).toEqual([]);
    await client.claim.update({ where: { id: other.id }, data: { status: "in_review" } });
    expect((await getClaimPageView(analyst, claim.id)).page.relations.map((r) => r.claim.status)).toEqual([
      "in_review",
    ]);
    await client.claimRelation.deleteMany({ where: { fromClaimId: claim.id, toClaimId: other.id } });
    expect((await getClaimPageView(analyst, other.id)).page.relations).toEqual([]);
  });
});
