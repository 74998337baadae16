// The one combobox (components/forms/useCombobox.ts) with the keyboard, in three of the places that use it:
// an actor picker inside the reader's modal dialog, the header search, and the @mention box of comments.
import type { Locator } from "@playwright/test";
import { expect, test } from "./support/fixtures";

/** The id the combobox names as its active descendant must be the option shown as selected. */
async function expectActive(box: Locator, option: Locator) {
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
}

test("an actor picker in a dialog: arrows move and wrap, Enter chooses, Escape closes the list before the dialog", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  await page.goto("/sources");
  await page.getByRole("link", { name: /Rockets strike coalition base at Port Aldan/ }).click();
  await page.getByRole("button", { name: "Record statement" }).click();
  const dialog = page.getByRole("dialog", { name: "Record statement" });
  const speaker = dialog.getByRole("combobox", { name: "Speaker (who said it)" });
  await speaker.fill("Varni");
  const list = dialog.getByRole("listbox", { name: "Speaker (who said it)" });
  const options = list.getByRole("option");
  // Government of Varnia, the Varnian Ministry of Foreign Affairs, and "Create actor …" last.
  await expect(options.filter({ hasText: "Varnian Ministry of Foreign Affairs" })).toBeVisible();
  await expect(options.filter({ hasText: "Government of Varnia" })).toBeVisible();
  await expect(options.last()).toHaveText(/Create actor “Varni”/);
  await expect(speaker).toHaveAttribute("aria-expanded", "true");
  await expect(speaker).toHaveAttribute("aria-controls", (await list.getAttribute("id"))!);

  // The first match is highlighted when the results arrive; Down moves on, Up from the first wraps to the last.
  await expectActive(speaker, options.nth(0));
  await speaker.press("ArrowDown");
  await expectActive(speaker, options.nth(1));
  await speaker.press("ArrowUp");
  await speaker.press("ArrowUp");
  await expectActive(speaker, options.last());
  await speaker.press("ArrowDown");
  await expectActive(speaker, options.nth(0));
  // The mouse moves the highlight too, and it is the same one the keys move.
  await options.nth(1).hover();
  await expectActive(speaker, options.nth(1));
  await speaker.press("ArrowUp");
  await expectActive(speaker, options.nth(0));

  const firstLabel = (await options.nth(0).locator("span").first().textContent())!;
  await speaker.press("Enter");
  await expect(list).toBeHidden();
  await expect(speaker).toHaveAttribute("aria-expanded", "false");
  await expect(speaker).not.toHaveAttribute("aria-activedescendant");
  await expect(speaker).toHaveValue(firstLabel);
  await expect(dialog.getByText(`Chosen: ${firstLabel}`)).toBeVisible();
  await expect(dialog).toBeVisible();

  // Escape closes the open list only; the next Escape closes the dialog.
  await speaker.press("ArrowDown");
  await expect(list).toBeVisible();
  await speaker.press("Escape");
  await expect(list).toBeHidden();
  await expect(speaker).toHaveAttribute("aria-expanded", "false");
  await expect(dialog).toBeVisible();
  await speaker.press("Escape");
  await expect(dialog).toBeHidden();
});

test("the header search: Up wraps to “See all results”, Escape closes then clears", async ({ page, signInAs }) => {
  await signInAs("reviewer");
  await page.goto("/claims");
  const box = page.getByRole("combobox", { name: "Search" });
  await box.fill("Kessel");
  const options = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
  const all = options.last();
  await expect(all).toHaveText("See all results for “Kessel”");
  await expect(options.first()).not.toHaveText(/See all results/);
  // Nothing is highlighted until an arrow is pressed: Enter alone would open the full results page.
  await expect(box).not.toHaveAttribute("aria-activedescendant");
  await box.press("ArrowUp");
  await expectActive(box, all);
  await box.press("ArrowDown");
  await expectActive(box, options.first());
  await box.press("ArrowUp");
  await expectActive(box, all);

  await box.press("Escape");
  await expect(page.getByTestId("search-panel")).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(box).not.toHaveAttribute("aria-activedescendant");
  await expect(box).toHaveValue("Kessel");
  await box.press("Escape");
  await expect(box).toHaveValue("");

  // Enter on the highlighted "See all results" opens the results page.
  await box.fill("Kessel");
  await expect(all).toBeVisible();
  await box.press("ArrowUp");
  await expectActive(box, all);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Kessel$/);
});

test("the @mention box: arrows move, Enter inserts, Escape closes, and without a list the keys edit text", async ({
  page,
  signInAs,
}) => {
  await signInAs("editor");
  await page.goto("/claims?status=in_review");
  await page.getByRole("link", { name: /Varnia directs the Kessel Brigade/ }).click();
  const box = page.getByLabel("Comment", { exact: true });
  await box.click();
  await box.pressSequentially("Ask @re");
  const list = page.getByRole("listbox", { name: "Colleagues" });
  const options = list.getByRole("option");
  // The two demo reviewers (and perhaps test reviewers) match "re".
  await expect(options.filter({ hasText: "@reviewer2" })).toBeVisible();
  expect(await options.count()).toBeGreaterThanOrEqual(2);
  await expectActive(box, options.nth(0));
  await box.press("ArrowDown");
  await expectActive(box, options.nth(1));
  await box.press("ArrowUp");
  await box.press("ArrowUp");
  await expectActive(box, options.last());

  await box.press("Escape");
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(box).toHaveValue("Ask @re");

  await box.pressSequentially("viewer2");
  await expect(options).toHaveCount(1);
  await expectActive(box, options.first());
  await box.press("Enter");
  await expect(list).toBeHidden();
  await expect(box).toHaveValue("Ask @reviewer2 ");
  // With no list open, Enter is a new line again.
  await box.press("Enter");
  await expect(box).toHaveValue("Ask @reviewer2 \n");
});
