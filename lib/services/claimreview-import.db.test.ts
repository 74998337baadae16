import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { CLAIM_REVIEW_PAGE_CLAIM, startFixtureSite, type FixtureSite } from "@/lib/testing/fixture-site";
import { useTestDatabase } from "@/lib/testing/test-database";
import { importClaimReviews, listExternalReviews } from "./claimreview-import";
import { createSource } from "./sources";

const { db } = useTestDatabase();
let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());
afterEach(() => void delete process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE);

// The Fact Check Tools claim search response shape, with fictional content.
const GOOGLE = {
  claims: [
    {
      text: "Orlen's canal budget was cut by half.",
      claimant: "Mara Quist",
      claimDate: "2026-09-01T00:00:00Z",
      claimReview: [
        {
          publisher: { name: "Lakeside Verify", site: "lakeside-verify.example" },
          url: "https://lakeside-verify.example/canal-budget",
          title: "Was the canal budget halved?",
          reviewDate: "2026-09-10T00:00:00Z",
          textualRating: "False",
          languageCode: "en",
        },
        {
          publisher: { name: "Nordholm Fact Desk" },
          url: "https://factcheck.example/canal-budget",
          textualRating: "Misleading",
        },
      ],
    },
  ],
  nextPageToken: "fictional",
};

describe("importClaimReviews", () => {
  it("imports a fact-check page's ClaimReview as a draft claim with claimant and an external rating, never ours", async () => {
    process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE = "1";
    const analyst = await makeUser("analyst");
    const appeared = await createSource(analyst, {
      title: "Mayor's speech (fictional)",
      url: "https://news.example/brask-mayor-speech",
      text: "[FICTIONAL] The mayor spoke about the bridge toll at length.",
    });
    const [item] = await importClaimReviews(analyst, { url: `${site.origin}/fact-checks/brask-toll` });
    expect(item).toMatchObject({
      outcome: "created",
      text: CLAIM_REVIEW_PAGE_CLAIM,
      organization: "Nordholm Fact Desk",
      rating: "Mostly false",
      appearances: [{ url: "https://news.example/brask-mayor-speech", sourceId: appeared.id }],
    });
    const d = await db();
    const claim = await d.claim.findUniqueOrThrow({
      where: { id: item.claimId },
      include: { claimant: true, appearances: true },
    });
    expect(claim).toMatchObject({ status: "draft", kind: "factual", text: CLAIM_REVIEW_PAGE_CLAIM });
    expect(claim.claimant).toMatchObject({ name: "Rune Halvard", kind: "person" });
    expect(claim.appearances.map((a) => a.sourceId)).toEqual([appeared.id]);
    expect(await d.review.count({ where: { claimId: item.claimId } })).toBe(0);
    expect(await listExternalReviews(analyst, item.claimId)).toEqual([
      expect.objectContaining({
        organization: "Nordholm Fact Desk",
        organizationUrl: "https://factcheck.example/",
        url: "https://factcheck.example/brask-toll",
        ratingText: "Mostly false",
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        format: "schema.org",
        appearanceUrls: ["https://news.example/brask-mayor-speech"],
      }),
    ]);
    expect(
      (await d.auditEvent.findFirst({ where: { claimId: item.claimId, action: "import_claimreview" } }))?.after,
    ).toContain("Nordholm Fact Desk");
    // The same fact-check again changes nothing.
    const [again] = await importClaimReviews(analyst, { url: `${site.origin}/fact-checks/brask-toll` });
    expect(again).toMatchObject({ outcome: "unchanged", claimId: item.claimId });
    expect(await d.claim.count({ where: { text: CLAIM_REVIEW_PAGE_CLAIM } })).toBe(1);
  });

  it("reads the Fact Check Tools claim search format, one claim per organisation's review", async () => {
    const analyst = await makeUser("analyst");
    const items = await importClaimReviews(analyst, { json: JSON.stringify(GOOGLE) });
    expect(items.map((i) => [i.organization, i.rating])).toEqual([
      ["Lakeside Verify", "False"],
      ["Nordholm Fact Desk", "Misleading"],
    ]);
    const reviews = await listExternalReviews(analyst, items[0].claimId);
    expect(reviews[0]).toMatchObject({
      format: "google_fact_check",
      organizationUrl: "https://lakeside-verify.example/",
      title: "Was the canal budget halved?",
    });
    const claimant = await (
      await db()
    ).claim.findUniqueOrThrow({ where: { id: items[1].claimId }, include: { claimant: true } });
    expect(claimant.claimant?.name).toBe("Mara Quist");
  });

  it("fetches appearances on request and links them as sources", async () => {
    process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE = "1";
    const analyst = await makeUser("analyst");
    const review = {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://factcheck.example/ferry-forty",
      claimReviewed: "The Velmora ferry runs every forty minutes.",
      author: { "@type": "Organization", name: "Nordholm Fact Desk" },
      reviewRating: { "@type": "Rating", alternateName: "True" },
      itemReviewed: { "@type": "Claim", appearance: { url: `${site.origin}/news/velmora-ferry` } },
    };
    const [item] = await importClaimReviews(analyst, { json: { "@graph": [review] }, fetchAppearances: true });
    expect(item.appearances).toEqual([{ url: `${site.origin}/news/velmora-ferry`, sourceId: expect.any(String) }]);
    const source = await (await db()).source.findUniqueOrThrow({ where: { id: item.appearances[0].sourceId! } });
    expect(source.title).toBe("Velmora ferry returns to winter timetable");
  });

  it("refuses JSON without fact-checks, broken JSON and readers, and writes nothing", async () => {
    const analyst = await makeUser("analyst");
    const reviewer = await makeUser("reviewer");
    const before = await (await db()).claim.count();
    const none = await importClaimReviews(analyst, { json: { "@type": "NewsArticle" } }).catch((e) => e);
    expect(none).toBeInstanceOf(ValidationError);
    expect(none.message).toMatch(/^No ClaimReview was found/);
    await expect(importClaimReviews(analyst, { json: "{not json" })).rejects.toThrow("The file is not valid JSON.");
    await expect(importClaimReviews(analyst, {})).rejects.toThrow(ValidationError);
    await expect(importClaimReviews(reviewer, { json: GOOGLE })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await (await db()).claim.count()).toBe(before);
  });
});
