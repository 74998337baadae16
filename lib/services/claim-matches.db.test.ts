import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { acceptClaimMatch, dismissClaimMatch, listClaimMatches, listPossibleEvidence } from "./claim-matches";
import { createClaim } from "./claims";
import { createRevision } from "./revisions";
import { createSource } from "./sources";
import { findSimilarClaims, similarToClaim } from "./similar-claims";
import { createStatement } from "./statements";
import { createActor } from "./actors";

const { db } = useTestDatabase();

// Fictional: invented places, people and outlets.
// Each test names its own dam, so claims left by earlier tests in the same database do not compete.
const DAMS = ["Osk", "Brask", "Lisec", "Ubrava", "Karvash", "Tarnholm"];
const articleAbout = (dam: string) => `[FICTIONAL] Flooding closed the ${dam} road on Tuesday.

The Velmoran interior ministry denied that it paid the Grey Heron militia to guard the ${dam} dam.

The bakery on Linden Street sold out of rye bread by noon.`;
let ARTICLE = "";

async function setUp() {
  const dam = DAMS.shift()!;
  ARTICLE = articleAbout(dam);
  const analyst = await makeUser("analyst");
  const claim = await createClaim(analyst, {
    text: `Velmora paid the Grey Heron militia to guard the ${dam} dam`,
    kind: "factual",
  });
  const source = await createSource(analyst, { title: "Dam guards", text: ARTICLE });
  return { analyst, claim, source, dam };
}

describe("claim matches", () => {
  it("stores the matcher's proposals on import with the guessed stance and exact offsets", async () => {
    const { analyst, claim, source } = await setUp();
    const matches = await listClaimMatches(analyst, source.id);
    const match = matches.find((m) => m.claimId === claim.id && m.rank === 1)!;
    expect(match).toMatchObject({ status: "pending", stance: "contradicts" });
    expect(ARTICLE.slice(match.start, match.end)).toBe(match.text);
    expect(match.text).toContain("denied");
    expect(matches.some((m) => m.text.includes("bakery"))).toBe(false);
    expect((await listPossibleEvidence(analyst, claim.id)).map((m) => m.id)).toContain(match.id);
  });

  it("accepts as evidence with an edited stance and links the statement under the passage", async () => {
    const { analyst, claim, source } = await setUp();
    const match = (await listClaimMatches(analyst, source.id)).find((m) => m.claimId === claim.id)!;
    const speaker = await createActor(analyst, { name: "Velmoran interior ministry", kind: "government" });
    const statement = await createStatement(analyst, {
      sourceId: source.id,
      speakerId: speaker.id,
      kind: "indirect",
      cue: "denied",
      quote: { exact: match.text, start: match.start, end: match.end },
    });
    const accepted = await acceptClaimMatch(analyst, match.id, { as: "evidence", stance: "context" });
    const evidence = await (await db()).evidence.findUniqueOrThrow({ where: { id: accepted.evidenceId! } });
    expect(evidence).toMatchObject({
      claimId: claim.id,
      stance: "context",
      statementId: statement.id,
      exact: match.text,
    });
    await expect(acceptClaimMatch(analyst, match.id)).rejects.toBeInstanceOf(ConflictError);
    expect((await listPossibleEvidence(analyst, claim.id)).map((m) => m.id)).not.toContain(match.id);
  });

  it("accepts as an appearance, dismisses, and refuses bad input and readers", async () => {
    const { analyst, claim, source } = await setUp();
    const [first, ...rest] = (await listClaimMatches(analyst, source.id)).filter((m) => m.claimId === claim.id);
    await expect(acceptClaimMatch(analyst, first.id, { as: "proof" })).rejects.toBeInstanceOf(ValidationError);
    const reviewer = await makeUser("reviewer");
    await expect(dismissClaimMatch(reviewer, first.id)).rejects.toBeInstanceOf(ForbiddenError);
    const accepted = await acceptClaimMatch(analyst, first.id, { as: "appearance" });
    expect(
      await (await db()).claimAppearance.findUniqueOrThrow({ where: { id: accepted.appearanceId! } }),
    ).toMatchObject({ claimId: claim.id, sourceId: source.id });
    for (const m of rest) await dismissClaimMatch(analyst, m.id);
    expect((await listClaimMatches(analyst, source.id, { status: "dismissed" })).length).toBe(rest.length);
  });

  it("matches again on a new revision; old matches can no longer be accepted", async () => {
    const { analyst, claim, source, dam } = await setUp();
    const old = (await listClaimMatches(analyst, source.id)).find((m) => m.claimId === claim.id)!;
    await createRevision(analyst, source.id, {
      text: ARTICLE + `\n\nVelmora paid the Grey Heron militia to guard the ${dam} dam, a guard said.`,
    });
    const fresh = await listClaimMatches(analyst, source.id);
    expect(fresh.some((m) => m.claimId === claim.id && m.stance === "supports")).toBe(true);
    await expect(acceptClaimMatch(analyst, old.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("offers as possible evidence only the matches in each source's current revision, with the source", async () => {
    const { analyst, claim, source, dam } = await setUp();
    const before = await listPossibleEvidence(analyst, claim.id);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((m) => m.source.title === "Dam guards" && m.sourceId === source.id)).toBe(true);
    await createRevision(analyst, source.id, {
      text: ARTICLE + `\n\nVelmora paid the Grey Heron militia to guard the ${dam} dam, a guard said.`,
    });
    const after = await listPossibleEvidence(analyst, claim.id);
    const current = await (
      await db()
    ).sourceRevision.findFirstOrThrow({
      where: { sourceId: source.id },
      orderBy: { number: "desc" },
    });
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((m) => m.revisionId === current.id)).toBe(true);
    const stale = new Set(before.map((m) => m.id));
    expect(after.some((m) => stale.has(m.id))).toBe(false);
    expect(await listPossibleEvidence(analyst, "no-such-claim")).toEqual([]);
  });

  it("finds similar claims with a warning above the threshold", async () => {
    const { analyst, claim, dam } = await setUp();
    const found = await findSimilarClaims(analyst, {
      text: `The Grey Heron militia was paid by Velmora to guard the ${dam} dam`,
    });
    expect(found.warning).toBe(true);
    expect(found.items[0]).toMatchObject({ id: claim.id, warn: true });
    await expect(findSimilarClaims(analyst, { text: " " })).rejects.toBeInstanceOf(ValidationError);
    const other = await createClaim(analyst, {
      text: `Velmora did not pay the Grey Heron militia to guard the ${dam} dam`,
      kind: "factual",
    });
    const similar = await similarToClaim(analyst, claim, []);
    expect(similar.find((s) => s.id === other.id)).toMatchObject({ opposite: true, related: false });
  });

  it("sees a claim changed outside the services at the next call (the index follows the claim change log)", async () => {
    const { analyst, claim, dam } = await setUp();
    const text = `The Grey Heron militia was paid by Velmora to guard the ${dam} dam`;
    expect((await findSimilarClaims(analyst, { text })).items.map((i) => i.id)).toContain(claim.id);
    // As another process or a psql session would: plain SQL, no service, no cache of ours involved.
    await (await db()).$executeRawUnsafe(`UPDATE "Claim" SET "status" = 'archived' WHERE "id" = '${claim.id}'`);
    expect((await findSimilarClaims(analyst, { text })).items.map((i) => i.id)).not.toContain(claim.id);
  });
});
