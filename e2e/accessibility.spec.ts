// Issue 12: every page type, as each role meets it (dialogs open too), has no serious or critical
// WCAG 2.2 AA violation that axe-core can detect.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./support/fixtures";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectAccessible(page: Page, what: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${what}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `${what} has accessibility violations`).toEqual([]);
}

async function visit(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  await expectAccessible(page, path);
}

const firstId = async (page: Page, path: string) => {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  const body = await res.json();
  return (body.items ?? body)[0] as { id: string; slug?: string };
};

/** Opens the reader of a source with evidence highlighted (the source of a claim's evidence). */
async function sourceWithHighlights(page: Page) {
  const claims = (await (await page.request.get("/api/v1/claims?limit=100")).json()).items as { id: string }[];
  for (const claim of claims) {
    const evidence = (await (await page.request.get(`/api/v1/claims/${claim.id}/evidence`)).json()) as {
      sourceId: string;
    }[];
    const sourceId = evidence[0]?.sourceId;
    if (sourceId) {
      await page.goto(`/sources/${sourceId}`);
      await expect(page.getByRole("region", { name: "Source text" })).toBeVisible();
      // The text (and its highlights) is built in the browser after the page loads.
      const highlighted = await page
        .getByTestId("source-text")
        .locator("mark")
        .first()
        .waitFor({ timeout: 5_000 })
        .then(
          () => true,
          () => false,
        );
      if (highlighted) return { id: sourceId };
    }
  }
  throw new Error("No source with a highlight among the newest claims' evidence.");
}

test("public pages: sign-in, card list, card, earlier version, methodology, not found", async ({ page }) => {
  test.setTimeout(120_000);
  const card = (await (await page.request.get("/api/v1/cards")).json()).items[0];
  for (const path of ["/login", "/cards", `/cards/${card.slug}`, `/cards/${card.slug}/v/1`, "/methodology"])
    await visit(page, path);
  await page.goto("/claims-that-do-not-exist");
  await expectAccessible(page, "not found page");
  await page.goto(`/embed/${card.slug}`);
  await expectAccessible(page, "embed");
});

test("analyst pages: desk, claims, claim tabs, sources, reader, actors, search, inbox", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  await signInAs("analyst");
  const claim = await firstId(page, "/api/v1/claims");
  const source = await firstId(page, "/api/v1/sources");
  const actor = await firstId(page, "/api/v1/actors");
  for (const path of [
    "/",
    "/claims",
    "/claims/new",
    `/claims/${claim.id}`,
    `/claims/${claim.id}/dispute`,
    `/claims/${claim.id}/history`,
    `/claims/${claim.id}/edit`,
    "/sources",
    "/sources/new",
    `/sources/${source.id}`,
    "/actors",
    `/actors/${actor.id}`,
    "/search?q=ferry",
    "/my-work",
    "/inbox",
    "/inbox/settings",
  ])
    await visit(page, path);
});

test("the reader: stance shown by line shape, and its dialogs open", async ({ page, signInAs }) => {
  await signInAs("analyst");
  // The dialogs are opened from the keyboard on the first highlight's words, so the source must have
  // one: the newest source may be one another test has just imported, with none.
  const source = await sourceWithHighlights(page);
  // Stance is told by the line's shape as well as its colour (the legend uses the highlights' classes).
  const legend = page.getByRole("list", { name: "Highlight legend" });
  const lineStyle = (name: string) =>
    legend.getByText(name, { exact: true }).evaluate((el) => getComputedStyle(el).textDecorationStyle);
  const styles = [await lineStyle("Supports"), await lineStyle("Contradicts"), await lineStyle("Context")];
  expect(new Set(styles).size, `line styles ${styles.join(", ")}`).toBe(3);
  const selectFirstWords = async () => {
    await page.getByRole("region", { name: "Source text" }).focus();
    await page.keyboard.press("Tab");
    for (let i = 0; i < 8; i++) await page.keyboard.press("Shift+ArrowRight");
  };
  await selectFirstWords();
  await page.keyboard.press("s");
  await expect(page.getByRole("dialog", { name: "Record statement" })).toBeVisible();
  await expectAccessible(page, "reader: Record statement dialog");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Record statement" })).toBeHidden();
  // The claim picker's search is held back, so its popup is checked while it has no options yet.
  await page.route(`**/sources/${source.id}`, async (route) => {
    if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.fallback();
  });
  await selectFirstWords();
  await page.keyboard.press("e");
  const addEvidence = page.getByRole("dialog", { name: "Add evidence" });
  await expect(addEvidence).toBeVisible();
  await expect(addEvidence.getByText("Searching…")).toBeVisible();
  await expectAccessible(page, "reader: Add evidence dialog, claims still being searched");
  await expect(addEvidence.getByRole("listbox").getByRole("option").first()).toBeVisible();
  await expectAccessible(page, "reader: Add evidence dialog");
});

test("reviewer, editor and admin pages: queue, review form, activity, administration", async ({
  page,
  signInAs,
  browser,
  baseURL,
  makeUser,
}) => {
  test.setTimeout(120_000);
  await signInAs("reviewer");
  const claim = await firstId(page, "/api/v1/claims");
  for (const path of ["/review", `/claims/${claim.id}/review`]) await visit(page, path);

  const editorPage = await (await browser.newContext({ baseURL })).newPage();
  const editor = await makeUser("editor");
  await signIn(editorPage, editor);
  await visit(editorPage, "/activity");
  await visit(editorPage, `/claims/${claim.id}`);

  const adminPage = await (await browser.newContext({ baseURL })).newPage();
  const admin = await makeUser("admin");
  await signIn(adminPage, admin);
  for (const path of ["/admin", "/admin/webhooks"]) await visit(adminPage, path);
});
