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

test("a long text arrives in blocks; a selection starting between two blocks keeps exact offsets", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  const marker = unique();
  // About 24,000 characters of fictional minutes: two blocks of up to ~16,000.
  const paragraphs = Array.from(
    { length: 80 },
    (_, i) =>
      `Item ${i + 1} of the fictional Orlen harbour board minutes ${marker}: the board heard that berth ${i + 1} ` +
      "needs new fenders before the winter ferries return, and asked the warden to report on costs, timing and " +
      "whether the work can be done at night so that the morning crossings keep to their timetable as promised.",
  );
  const text = paragraphs.join("\n\n");
  await page.goto("/sources/new");
  await page.getByLabel("Title").fill(`Orlen board minutes ${marker}`);
  await page.getByLabel("Text").fill(text);
  await page.getByRole("button", { name: "Import source" }).click();
  const reader = page.getByTestId("source-text");
  await expect(reader.locator("p")).toHaveCount(80);
  await expect(reader.locator(".reader-part")).toHaveCount(2);

  // From inside the blank lines that open the second block to ten characters into its first paragraph.
  const first = await reader.evaluate((root) => {
    const block = root.querySelectorAll(".reader-part")[1];
    const gap = block.firstChild as Text;
    const paragraph = block.querySelector("p")!;
    const r = document.createRange();
    r.setStart(gap, 1);
    r.setEnd(paragraph.firstChild!, 10);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    return Number(paragraph.dataset.start);
  });
  await expect(page.getByTestId("selection-status")).toHaveText("10 characters selected");
  await page.getByRole("button", { name: "Add evidence" }).click();
  const dialog = page.getByRole("dialog", { name: "Add evidence" });
  expect(await dialog.getByTestId("selected-quote").evaluate((q) => q.textContent)).toBe(text.slice(first, first + 10));
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // The browser's find-in-page reaches the last paragraph: it is in the DOM as text.
  await expect(reader).toContainText(`Item 80 of the fictional Orlen harbour board minutes ${marker}`);
});
