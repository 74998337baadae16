import { startFixtureSite, type FixtureSite } from "../lib/testing/fixture-site";
import { expect, test } from "./support/fixtures";

// Fictional pages on 127.0.0.1; the e2e server runs with CLAIMDESK_FETCH_ALLOW_PRIVATE=1 to reach them.
let site: FixtureSite;
test.beforeAll(async () => {
  site = await startFixtureSite();
});
test.afterAll(() => site.close());

test.describe("importing sources from the web", () => {
  test("an analyst imports a page by its address and sees its metadata filled in", async ({ page, signInAs }) => {
    await signInAs("analyst");
    await page.goto("/sources/new");
    await page.getByLabel("Page or PDF address").fill(`${site.origin}/r/ferry`);
    await page.getByRole("button", { name: "Fetch and import" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Velmora ferry returns to winter timetable");
    await expect(page.getByText("Imported from the web address; the page is archived")).toBeVisible();
    const about = page.getByRole("region", { name: "About this source" });
    await expect(about.getByText("Velmora Harbour Post")).toBeVisible();
    await expect(about.getByText("Tove Lindqvist")).toBeVisible();
    await expect(about.getByText("23 Nov 2026")).toBeVisible();
    await expect(about.getByRole("link", { name: `${site.origin}/news/velmora-ferry` })).toBeVisible();
    const reader = page.getByTestId("source-text");
    await expect(reader).toContainText("The landing stage is safe again");
    await expect(reader).not.toContainText("Most read");

    // The same address again: the existing source, no copy.
    await page.goto("/sources/new");
    await page.getByLabel("Page or PDF address").fill(`${site.origin}/news/velmora-ferry`);
    await page.getByRole("button", { name: "Fetch and import" }).click();
    await expect(page.getByText(/imported before and its text has not changed/)).toBeVisible();
  });

  test("a missing page and a paywall-like page get clear errors beside the address", async ({ page, signInAs }) => {
    await signInAs("analyst");
    await page.goto("/sources/new");
    const address = page.getByLabel("Page or PDF address");
    await address.fill(`${site.origin}/missing-page`);
    await page.getByRole("button", { name: "Fetch and import" }).click();
    await expect(page.getByText("The page was not found (HTTP 404).")).toBeVisible();
    await expect(address).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Page or PDF address").fill(`${site.origin}/paywalled`);
    await page.getByRole("button", { name: "Fetch and import" }).click();
    await expect(page.getByText(/almost no article text .* behind a paywall/)).toBeVisible();
  });

  test("a PDF file is imported with its page numbers shown in the reader", async ({ page, signInAs }) => {
    await signInAs("analyst");
    await page.goto("/sources/new");
    const { makePdf, PDF_PAGES } = await import("../lib/testing/fixture-site");
    await page.getByLabel("…or a file").setInputFiles({
      name: "canal-report.pdf",
      mimeType: "application/pdf",
      buffer: await makePdf(PDF_PAGES, { title: `Canal maintenance ${Date.now()}` }),
    });
    await page.getByRole("button", { name: "Import source" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Canal maintenance");
    const pages = page.getByTestId("source-text").locator("p[data-page]");
    await expect(pages).toHaveCount(2);
    await expect(pages.nth(1)).toHaveAttribute("data-page", "2");
    await expect(pages.nth(1)).toContainText("The ministry dredged 41 kilometres");
  });

  test("many files import one by one with progress, and a bad file does not stop the rest", async ({
    page,
    signInAs,
  }) => {
    await signInAs("analyst");
    await page.goto("/sources/new");
    const stamp = Date.now();
    await page.getByLabel("Files", { exact: true }).setInputFiles([
      { name: `harbour-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from("[FICTIONAL] The harbour opened.") },
      { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
      {
        name: `gulls-${stamp}.md`,
        mimeType: "text/markdown",
        buffer: Buffer.from(`# Gull census ${stamp}\n\nMany gulls.`),
      },
    ]);
    await page.getByRole("button", { name: "Import files" }).click();
    await expect(page.getByText("3 of 3 files done, 1 not imported")).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Files imported" })).toHaveAttribute("value", "3");
    await expect(page.getByText("empty.txt: The file is empty.")).toBeVisible();
    await page.getByRole("link", { name: `Gull census ${stamp}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Gull census ${stamp}`);
  });
});
