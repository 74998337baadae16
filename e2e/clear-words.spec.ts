// Issue 11, item 7: clear words everywhere a person reads. The publish gate names every missing item
// at once by its label and marks the fields; typed quotes match curly apostrophes; focus stays where
// the person was after saving in the reader; the shortcut hint fits at 1280 px; read-only staff see
// no Edit tab; the favicon is served; og:url and og:image are absolute, on the JSON-LD's base URL.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./support/fixtures";
import { rangeSelect } from "./support/reader";

const marker = () => randomBytes(3).toString("hex");

/** Same-origin JSON write through the signed-in page's cookie (API writes check Origin). */
async function postJson(page: Page, baseURL: string, path: string, data: unknown) {
  const res = await page.request.post(path, { data, headers: { origin: baseURL } });
  expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}

async function importSource(page: Page, title: string, text: string) {
  await page.goto("/sources/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text").fill(text);
  await page.getByRole("button", { name: "Import source" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

/** True when the element shows all of its text: no ellipsis, nothing scrolled or clipped away. */
const shownWhole = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => {
    const style = getComputedStyle(el);
    return style.textOverflow !== "ellipsis" && el.scrollWidth <= el.clientWidth + 1;
  });

test("the publish gate names every missing item at once, by its label, and marks each field", async ({
  page,
  baseURL,
  signInAs,
}) => {
  await signInAs("editor");
  const claim = await postJson(page, baseURL!, "/api/v1/claims", {
    text: `The Orrin lighthouse was switched off in March (fictional ${marker()})`,
    kind: "factual",
  });
  await postJson(page, baseURL!, `/api/v1/claims/${claim.id}/status`, { to: "in_review", version: 1 });
  await page.goto(`/claims/${claim.id}/review`);
  const form = page.getByRole("form", { name: "Publish card" });
  await form.getByLabel("Headline").fill("");
  await form.getByRole("button", { name: "Publish card" }).click();

  const refusal = page.getByTestId("publish-refusal");
  await expect(refusal).toContainText("This card cannot be published yet. 6 things are missing:");
  await expect(refusal.getByRole("listitem")).toHaveText([
    "At least one evidence item.",
    "At least one review.",
    "Headline is required.",
    "Choose a truth verdict.",
    "Choose an attribution verdict.",
    "Public rationale is required.",
  ]);
  // Never a code: no enum values, no "verdict_required" or "Invalid enum value".
  await expect(form).not.toContainText(/_|must be one of|Invalid/);

  const marked = [
    ["Headline", "Headline is required."],
    ["Truth verdict", "Choose a truth verdict."],
    ["Attribution verdict", "Choose an attribution verdict."],
    ["Public rationale", "Public rationale is required."],
  ] as const;
  for (const [label, message] of marked) {
    const field = form.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(".", "\\.")));
  }
  // Each field's item in the summary links to the field.
  await refusal.getByRole("link", { name: "Choose a truth verdict." }).click();
  await expect(page).toHaveURL(/#publish-truthVerdict$/);
});

test("a quote typed with a straight apostrophe anchors to the source's curly one, and focus lands on it", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  const m = marker();
  const text = `[FICTIONAL TEST ARTICLE ${m}]

The harbour master of Orrin said the town\u2019s \u201Cold ferry\u201D would sail again \u2014 in spring.

Fishermen doubted it.`;
  await importSource(page, `Orrin ferry ${m}`, text);

  // Nothing selected: the analyst types the quote on an ordinary keyboard.
  const add = page.getByRole("button", { name: "Add evidence" });
  await add.click();
  const dialog = page.getByRole("dialog", { name: "Add evidence" });
  await dialog
    .getByLabel("Quote (exact words from the text)")
    .fill(`the town's "old ferry" would sail again - in spring`);
  await dialog.getByRole("combobox", { name: "Claim" }).fill(`The old Orrin ferry sails again in spring ${m}`);
  await dialog.getByRole("option", { name: /Create a new claim/ }).click();
  await dialog.getByLabel(/^Supports/).check();
  await dialog.getByRole("button", { name: "Save evidence" }).click();
  await expect(dialog).toBeHidden();

  // Stored and highlighted with the source's own characters; focus is on that highlight.
  const mark = page.getByTestId("source-text").locator("mark.hl-evidence");
  await expect(mark).toHaveText("the town\u2019s \u201Cold ferry\u201D would sail again \u2014 in spring");
  await expect(mark).toBeFocused();
});

test("after saving in the reader, focus returns to the new highlight or the next suggestion", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  const m = marker();
  const text = `[FICTIONAL TEST ARTICLE ${m}]

"The ferry will sail again at dawn," said Jonas Brekke${m}, the harbour master.

"We have not been told anything at all," said Lina Holt${m}.

The quay was repaired in the autumn.`;
  await importSource(page, `Orrin quay ${m}`, text);

  // Keyboard: select, press S in the text, save; focus is on the statement's highlight, not the page top.
  await rangeSelect(page, "The quay was repaired in the autumn");
  await page.getByRole("region", { name: "Source text" }).focus();
  await page.keyboard.press("s");
  const dialog = page.getByRole("dialog", { name: "Record statement" });
  await dialog.getByRole("combobox", { name: "Speaker (who said it)" }).fill(`Orrin Port Office ${m}`);
  await dialog
    .getByRole("option", { name: /Create/ })
    .first()
    .click();
  await dialog.getByRole("button", { name: "Save statement" }).click();
  await expect(dialog).toBeHidden();
  const statement = page.getByTestId("source-text").locator("mark.hl-statement", {
    hasText: "The quay was repaired in the autumn",
  });
  await expect(statement).toBeFocused();

  // Accepting a suggestion keeps the person's place in the list: the next suggestion's first button.
  const items = page.getByTestId("suggestion-item");
  await expect(items).toHaveCount(2);
  await page.getByRole("button", { name: /^Accept suggestion “The ferry will sail/ }).click();
  await expect(items).toHaveCount(1);
  await expect(page.getByRole("button", { name: /^Accept suggestion “We have not been told/ })).toBeFocused();
  await expect(page.getByTestId("reader-status")).toHaveText(`Accepted: statement by Jonas Brekke${m}.`);
});

test("at 1280 px the reader's hint shows the shortcuts and a long save message is shown whole", async ({
  page,
  signInAs,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs("analyst");
  const m = marker();
  await importSource(
    page,
    `Orrin council ${m}`,
    `[FICTIONAL TEST ARTICLE ${m}]\n\nThe council of Orrin voted to close the old pier for the winter.`,
  );
  const hint = page.getByTestId("reader-hint");
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText(
    "Select words with the mouse or Shift+arrow keys, then press E to add evidence or S to record a statement.",
  );
  expect(await shownWhole(page, "reader-hint")).toBe(true);
  const box = (await hint.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);

  // A long speaker name makes a long success message: all of it is on screen.
  const speaker = `The Honourable Deputy Harbour Commissioner of the Northern Orrin Districts ${m}`;
  await rangeSelect(page, "voted to close the old pier");
  await page.getByRole("button", { name: "Record statement" }).click();
  const dialog = page.getByRole("dialog", { name: "Record statement" });
  await dialog.getByRole("combobox", { name: "Speaker (who said it)" }).fill(speaker);
  await dialog
    .getByRole("option", { name: /Create/ })
    .first()
    .click();
  await dialog.getByRole("button", { name: "Save statement" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("reader-status")).toHaveText(`Statement by ${speaker} saved.`);
  expect(await shownWhole(page, "reader-status")).toBe(true);
  // Opened with the mouse, the dialog gives focus back to its button (or the new highlight), never the page.
  await expect(page.locator("body")).not.toBeFocused();
});

test("staff who cannot edit claims see no Edit tab; the edit page still refuses them", async ({
  page,
  baseURL,
  makeUser,
  signInAs,
}) => {
  const analyst = await makeUser("analyst");
  const analystPage = await page.context().browser()!.newPage({ baseURL });
  await signIn(analystPage, analyst);
  const claim = await postJson(analystPage, baseURL!, "/api/v1/claims", {
    text: `The Orrin pier reopens in May (fictional ${marker()})`,
    kind: "factual",
  });
  await analystPage.goto(`/claims/${claim.id}`);
  await expect(
    analystPage.getByRole("navigation", { name: "Claim" }).getByRole("link", { name: "Edit" }),
  ).toBeVisible();
  await analystPage.close();

  await signInAs("reviewer");
  await page.goto(`/claims/${claim.id}`);
  const links = page.getByRole("navigation", { name: "Claim" });
  await expect(links.getByRole("link", { name: "History" })).toBeVisible();
  await expect(links.getByRole("link", { name: "Edit" })).toHaveCount(0);
  for (const path of ["review", "history"]) {
    await page.goto(`/claims/${claim.id}/${path}`);
    const tabs = page.getByRole("navigation", { name: "Claim pages" });
    await expect(tabs.getByRole("link", { name: "History" })).toBeVisible();
    await expect(tabs.getByRole("link", { name: "Edit" })).toHaveCount(0);
  }
  await page.goto(`/claims/${claim.id}/edit`);
  await expect(page.getByText("Only analysts, editors and admins edit claims.")).toBeVisible();
});

test("the favicon is served and pages load without a 404", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto("/cards");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toMatch(/^\/icon\.svg/);
  const res = await page.request.get(icon!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/login");
  expect(missing).toEqual([]);
});

test("og:url and og:image of a card are absolute, on the same base URL as its JSON-LD", async ({ page, baseURL }) => {
  await page.goto("/cards");
  await page.getByRole("main").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/cards\/[^/]+$/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  const ogUrl = await page.locator('meta[property="og:url"]').getAttribute("content");
  const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(ld.url).toBe(`${baseURL}${new URL(page.url()).pathname}`);
  expect(ogUrl).toBe(ld.url);
  expect(ogImage).toMatch(new RegExp(`^${baseURL}/cards/[^/]+/opengraph-image`));
  const image = await page.request.get(ogImage!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
});
