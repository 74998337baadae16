// The reader of a long source: the suggestion list comes a page at a time ("Show more", by keyboard),
// every suggestion stays highlighted in the text, and a highlight's details load when it is opened.
import { expect, test } from "./support/fixtures";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A fictional transcript with `n` attributed quotations, one per paragraph. */
function transcript(marker: string, n: number) {
  const lines = [`[FICTIONAL TEST TRANSCRIPT ${marker}]`];
  for (let i = 1; i <= n; i++)
    lines.push(`"Pier ${i} of the Orlen harbour stays closed this week," said Harbour Warden Elsa Varn${i}.`);
  return lines.join("\n\n");
}

test("the suggestion list shows 50 at a time; Show more is reached and pressed with the keyboard", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  const marker = unique();
  const title = `Orlen pier transcript ${marker}`;
  await page.goto("/sources/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text").fill(transcript(marker, 63));
  await page.getByRole("button", { name: "Import source" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  const items = page.getByTestId("suggestion-item");
  await expect(page.getByRole("heading", { name: "Suggestions (63)" })).toBeVisible();
  await expect(items).toHaveCount(50);
  await expect(page.getByTestId("source-text").locator("mark.hl-suggestion")).toHaveCount(63);
  await expect(page.getByTestId("suggestions-shown")).toHaveText("Showing 50 of 63; all are highlighted in the text.");

  // Keyboard only: from the last listed suggestion's last control, Tab reaches "Show more"; Enter loads the rest
  // and focus moves to the first new one.
  const showMore = page.getByRole("button", { name: "Show 50 more suggestions" });
  await items.nth(49).getByText("Edit before accepting").focus();
  await page.keyboard.press("Tab");
  await expect(showMore).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(items).toHaveCount(63);
  await expect(items.nth(50)).toBeFocused();
  await expect(items.nth(50)).toContainText(`Elsa Varn51`);
  await expect(showMore).toBeHidden();
  await expect(page.getByTestId("reader-status")).toHaveText("Showing 63 of 63 suggestions.");

  // Dismissing one from the second page keeps the rest listed and counts it off.
  await page.getByRole("button", { name: /^Dismiss suggestion “Pier 60 of the Orlen/ }).click();
  await expect(page.getByRole("heading", { name: "Suggestions (62)" })).toBeVisible();
  await expect(items).toHaveCount(62);
  await expect(items.filter({ hasText: "Pier 60 of" })).toHaveCount(0);
  await expect(items.last()).toContainText("Elsa Varn63");

  // A highlight's details arrive when it is focused.
  await page.getByTestId("source-text").locator("mark.hl-suggestion").first().focus();
  await expect(page.getByRole("tooltip")).toContainText("Suggestion · Harbour Warden Elsa Varn1");
});
