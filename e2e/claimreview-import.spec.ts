// Importing other organisations' published fact-checks from the new-claim page: by a fact-check
// page's address (the local fixture site, reachable because the e2e server sets
// CLAIMDESK_FETCH_ALLOW_PRIVATE=1) and by uploading a .json file. All content is fictional.
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CLAIM_REVIEW_PAGE_CLAIM, startFixtureSite, type FixtureSite } from "../lib/testing/fixture-site";
import { expect, test } from "./support/fixtures";

let site: FixtureSite;
test.beforeAll(async () => {
  site = await startFixtureSite();
});
test.afterAll(() => site.close());

test("an analyst imports a fact-check page by address and sees the other desk's rating as theirs", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  await page.goto("/claims/new");
  await page.getByRole("link", { name: "Import a published fact-check" }).click();
  const section = page.getByRole("region", { name: "Import a published fact-check" });
  const address = section.getByLabel("Fact-check page address");

  // Nothing given, then a page without ClaimReview: errors beside the address, in words.
  await section.getByRole("button", { name: "Import fact-check" }).click();
  await expect(section.getByText("Give the address of a fact-check page or choose a .json file.")).toBeVisible();
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await address.fill(`${site.origin}/r/ferry`);
  await section.getByRole("button", { name: "Import fact-check" }).click();
  await expect(section.getByText(/No ClaimReview was found/)).toBeVisible();
  await expect(section.getByLabel("Fact-check page address")).toHaveValue(`${site.origin}/r/ferry`);

  await section.getByLabel("Fact-check page address").fill(`${site.origin}/fact-checks/brask-toll`);
  await section.getByRole("button", { name: "Import fact-check" }).click();
  // One new claim: the browser goes straight to it.
  await expect(page.getByTestId("claim-text")).toHaveText(CLAIM_REVIEW_PAGE_CLAIM);
  await expect(page.getByRole("link", { name: "Rune Halvard" })).toBeVisible();
  const theirs = page.getByRole("region", { name: "Other fact-checkers" });
  await expect(theirs.getByText("they are not this desk's verdict")).toBeVisible();
  await expect(theirs.getByRole("listitem")).toContainText("Nordholm Fact Desk: Mostly false (2 of 5)");
  const claimUrl = page.url();

  // The same page again: said plainly, with a link to the claim made the first time.
  await page.goto("/claims/new");
  await page.getByLabel("Fact-check page address").fill(`${site.origin}/fact-checks/brask-toll`);
  await page.getByRole("button", { name: "Import fact-check" }).click();
  await expect(page.getByRole("status")).toHaveText("1 fact-check was already imported and was left unchanged.");
  const imported = page.getByRole("list", { name: "Imported claims" });
  await expect(imported.getByRole("listitem")).toContainText("already imported");
  await imported.getByRole("link", { name: CLAIM_REVIEW_PAGE_CLAIM }).click();
  await expect(page).toHaveURL(claimUrl);
});

test("an analyst uploads a Fact Check Tools JSON file and gets each claim listed with a link", async ({
  page,
  signInAs,
}, testInfo) => {
  const stamp = Date.now();
  const claims = [`[FICTIONAL] Lake Orvis froze in June ${stamp}.`, `[FICTIONAL] Tallby built 900 new homes ${stamp}.`];
  const response = {
    claims: claims.map((text, i) => ({
      text,
      claimant: "Ilse Marrow",
      claimDate: "2026-10-02T00:00:00Z",
      claimReview: [
        {
          publisher: { name: "Orvis Check (fictional)", site: "orvischeck.example" },
          url: `https://orvischeck.example/${stamp}/${i}`,
          title: "A fictional check",
          reviewDate: "2026-10-09T00:00:00Z",
          textualRating: i === 0 ? "False" : "Half true",
          languageCode: "en",
        },
      ],
    })),
  };
  const file = path.join(tmpdir(), `fact-check-tools-${stamp}-${testInfo.workerIndex}.json`);
  await writeFile(file, JSON.stringify(response));
  const broken = path.join(tmpdir(), `not-json-${stamp}-${testInfo.workerIndex}.json`);
  await writeFile(broken, "{ this is not json");

  await signInAs("analyst");
  await page.goto("/claims/new");
  const section = page.getByRole("region", { name: "Import a published fact-check" });
  await section.getByLabel("…or a JSON file").setInputFiles(broken);
  await section.getByRole("button", { name: "Import fact-check" }).click();
  await expect(section.getByText("The file is not valid JSON.")).toBeVisible();
  await expect(section.getByLabel("…or a JSON file")).toHaveAttribute("aria-invalid", "true");

  await section.getByLabel("…or a JSON file").setInputFiles(file);
  await section.getByRole("button", { name: "Import fact-check" }).click();
  await expect(section.getByRole("status")).toHaveText("Imported 2 fact-checks as draft claims.");
  const imported = section.getByRole("list", { name: "Imported claims" });
  await expect(imported.getByRole("listitem")).toHaveCount(2);
  await expect(imported.getByRole("listitem").nth(1)).toContainText("Orvis Check (fictional): Half true");
  await imported.getByRole("link", { name: claims[0] }).click();
  await expect(page.getByTestId("claim-text")).toHaveText(claims[0]);
  await expect(page.getByRole("region", { name: "Other fact-checkers" })).toContainText(
    "Orvis Check (fictional): False",
  );
});
