import { describe, expect, it } from "vitest";
import { embedSnippet, renderEmbedHtml } from "./embed";
import { atomFeed, claimReviewFeed } from "./feed";
import { testCard } from "@/lib/testing/test-card";

describe("embed", () => {
  it("gives a copyable iframe pointing at the embed route", () => {
    const snippet = embedSnippet("https://desk.example", "the-ferry", 'Is "it" <true>?');
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/desk\.example\/embed\/the-ferry" title="Claim card: Is &quot;it&quot; &lt;true&gt;\?"/,
    );
  });

  it("escapes every card value in the compact page", () => {
    const card = testCard({ headline: "<img src=x onerror=alert(1)>" });
    card.content = { ...card.content, claim: { ...card.content.claim, text: "</p><script>alert(2)</script>" } };
    const html = renderEmbedHtml(card, "https://desk.example");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain('href="https://desk.example/cards/the-velmora-ferry-resumes-at-dawn"');
    expect(html).toContain("Truth: Unproven");
    expect(html).toContain("version 2");
  });
});

describe("feeds", () => {
  it("lists one ClaimReview per card and an Atom entry per card", () => {
    const cards = [
      testCard(),
      testCard({ slug: "second", headline: "Second & last", number: 1, latestNumber: 1, correctionNote: null }),
    ];
    const json = claimReviewFeed(cards, "https://desk.example");
    expect(json.map((r) => r.url)).toEqual([
      "https://desk.example/cards/the-velmora-ferry-resumes-at-dawn",
      "https://desk.example/cards/second",
    ]);
    const atom = atomFeed(cards, "https://desk.example", "Claimdesk");
    expect(atom.match(/<entry>/g)).toHaveLength(2);
    expect(atom).toContain("<title>Second &amp; last</title>");
    expect(atom).toContain("Correction: Corrected the date");
  });
});
