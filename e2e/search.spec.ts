import { expect, test } from "./support/fixtures";

test("the header search shows results as you type; arrow down and Enter open one", async ({ page, signInAs }) => {
  await signInAs("analyst");
  await page.goto("/claims");
  const box = page.getByRole("combobox", { name: "Search" });
  await box.fill("Mara Qui");
  const listbox = page.getByRole("listbox", { name: "Search results" });
  const first = listbox.getByRole("option").first();
  await expect(first).toContainText("Mara Quill");
  await expect(first.locator("mark").first()).toHaveText("Mara");
  await expect(listbox.getByRole("option", { name: /See all results/ })).toBeVisible();

  await box.press("ArrowDown");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/actors\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mara Quill");

  // Escape closes the list; an unknown word says so.
  await box.fill("zqxwvnothingmatches");
  await expect(page.getByTestId("search-panel").getByRole("status")).toHaveText("No results");
  await box.press("Escape");
  await expect(page.getByTestId("search-panel")).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");

  // Enter without choosing an option opens the full results page.
  await box.fill("Kessel");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Kessel$/);
});

test("the search page highlights matches and its filters narrow the results", async ({ page, signInAs }) => {
  await signInAs("reviewer");
  await page.goto("/search?q=Kessel");
  const results = page.getByTestId("search-result");
  await expect(results.first()).toBeVisible();
  await expect(results.locator("mark").first()).toHaveText(/kessel/i);
  const all = await results.count();
  const types = new Set(await results.evaluateAll((items) => items.map((i) => i.getAttribute("data-type"))));
  expect(types.size).toBeGreaterThan(1);

  await page.getByLabel("Type").selectOption("claim");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/type=claim/);
  await expect(results.first()).toBeVisible();
  const claims = await results.count();
  expect(claims).toBeLessThan(all);
  for (const type of await results.evaluateAll((items) => items.map((i) => i.getAttribute("data-type"))))
    expect(type).toBe("claim");

  await page.getByLabel("Claim status").selectOption("published");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText("Four Kessel Brigade fighters");
  await expect(results.first().getByText("Published")).toBeVisible();

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/search\?q=Kessel$/);
  await expect(results).toHaveCount(all);
});

test("search is not reachable without signing in", async ({ page, request }) => {
  await page.goto("/search?q=Kessel");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("combobox", { name: "Search" })).toHaveCount(0);
  const res = await request.get("/api/v1/search?q=Kessel");
  expect(res.status()).toBe(401);
});
