import { describe, expect, it } from "vitest";
import { buildClaimReview, jsonLdScriptContent } from "./claim-review";
import { testCard } from "@/lib/testing/test-card";

const URL = "https://desk.example/cards/the-velmora-ferry-resumes-at-dawn";

describe("buildClaimReview", () => {
  it("fills every ClaimReview field search engines read", () => {
    const review = buildClaimReview(testCard(), URL, "https://desk.example");
    expect(review).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: URL,
      claimReviewed: "The Velmora ferry resumes at dawn",
      datePublished: "2026-11-21T09:00:00.000Z",
      dateModified: "2026-11-22T10:00:00.000Z",
      author: { "@type": "Organization", name: "Claimdesk", url: "https://desk.example" },
      reviewRating: { "@type": "Rating", ratingValue: -1, bestRating: -1, worstRating: -1, alternateName: "Unproven" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Velmora Harbour Authority" },
        datePublished: "2026-11-20T00:00:00.000Z",
        firstAppearance: {
          "@type": "CreativeWork",
          url: "https://post.example/ferry",
          headline: "Ferry to resume",
          publisher: { name: "Velmora Post" },
        },
      },
    });
    expect(review.itemReviewed.appearance).toHaveLength(2);
    // An appearance without a URL or date is still listed, without inventing either.
    expect(review.itemReviewed.appearance![1]).toEqual({
      "@type": "CreativeWork",
      headline: "Brask doubts ferry timetable",
    });
  });

  it("rates on the 1-5 scale, uses the organisation setting, and tolerates a card without claimant or appearances", () => {
    const card = testCard({ truthVerdict: "mostly_false", organizationName: "Velmora Fact Desk" });
    card.content = { ...card.content, claim: { ...card.content.claim, claimant: null }, appearances: [] };
    const review = buildClaimReview(card, URL, "https://desk.example");
    expect(review.reviewRating).toMatchObject({
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Mostly false",
    });
    expect(review.author.name).toBe("Velmora Fact Desk");
    expect(review.itemReviewed).toEqual({ "@type": "Claim" });
  });

  it("types people and anonymous sources as Person", () => {
    const card = testCard();
    card.content = {
      ...card.content,
      claim: { ...card.content.claim, claimant: "A senior official", claimantKind: "anonymous" },
    };
    expect(buildClaimReview(card, URL, "https://desk.example").itemReviewed.author).toEqual({
      "@type": "Person",
      name: "A senior official",
    });
  });
});

describe("jsonLdScriptContent", () => {
  const hostile = 'He said "</script><script>alert(1)</script>" and <!-- then & \u2028 more';

  it("cannot close or comment out the script element, and parses back to the same text", () => {
    const out = jsonLdScriptContent({ claimReviewed: hostile });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(out).claimReviewed).toBe(hostile);
  });
});
