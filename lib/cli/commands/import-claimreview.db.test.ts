import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/test-database";
import { main } from "../main";

useTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-claimreview-"));

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), stdin: Readable.from([""]) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("import-claimreview", () => {
  it("imports each file, reports progress, and names a file without fact-checks", async () => {
    const good = path.join(dir, "fact-checks.json");
    const empty = path.join(dir, "article.json");
    writeFileSync(
      good,
      JSON.stringify({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        claimReviewed: "[FICTIONAL] Hessel lock closed for a year.",
        author: { "@type": "Organization", name: "Lakeside Verify" },
        reviewRating: { "@type": "Rating", alternateName: "Mostly false" },
      }),
    );
    writeFileSync(empty, JSON.stringify({ "@type": "NewsArticle", headline: "Nothing to check" }));
    const result = await cli(["import-claimreview", good, empty]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^Imported claim \w+ \("\[FICTIONAL\] Hessel lock closed for a year\."\): Lakeside Verify rated it Mostly false\.$/,
    );
    expect(result.err).toContain(`${empty}: No ClaimReview was found`);
    expect(result.err).toMatch(/\[2\/2\] 100%/);
    expect((await cli(["import-claimreview", good])).out).toMatch(/^Already imported claim/);
  });
});
