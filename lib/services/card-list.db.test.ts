import { describe, expect, it } from "vitest";
import { draftClaim, REVIEW, team } from "@/lib/testing/card-fixtures";
import { useTestDatabase } from "@/lib/testing/test-database";
import { publishCard, publishedCardPage } from "./cards";
import { submitReview } from "./reviews";
import { transitionClaim } from "./workflow";

useTestDatabase();

async function publish(headline: string) {
  const { analyst, reviewer, editor } = await team();
  const { claim } = await draftClaim(analyst, { text: `${headline} (fictional)` });
  await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
  const { claimVersion } = await submitReview(reviewer, claim.id, REVIEW);
  await publishCard(editor, claim.id, {
    headline,
    truthVerdict: "unproven",
    attributionVerdict: "accurately_attributed",
    rationale: "Fictional rationale.",
    version: claimVersion,
  });
  return claim;
}

describe("public card list pages", () => {
  it("splits the published cards into pages, newest first, and leaves drafts out", async () => {
    const { analyst } = await team();
    await draftClaim(analyst, { text: "A Tessary draft nobody published" });
    await publish("Orlen bridge reopened");
    await publish("Brask tram fares doubled");
    await publish("Velmora harbour dredged");

    const first = await publishedCardPage(1, 2);
    expect(first.pageCount).toBe(2);
    expect(first.cards.map((c) => c.title)).toEqual(["Velmora harbour dredged", "Brask tram fares doubled"]);
    const second = await publishedCardPage(2, 2);
    expect(second.cards.map((c) => c.title)).toEqual(["Orlen bridge reopened"]);
    expect((await publishedCardPage(3, 2)).cards).toEqual([]);
    expect((await publishedCardPage(1)).cards).toHaveLength(3);
  });
});
