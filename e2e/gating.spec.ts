import { expect, test } from "./support/fixtures";

test.describe("role gating", () => {
  test("anonymous visitors are sent to sign in from staff pages and return after", async ({ page, makeUser }) => {
    const user = await makeUser("analyst");
    await page.goto("/claims?status=draft");
    await expect(page).toHaveURL(/\/login\?next=/);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/claims\?status=draft$/);
  });

  test("a reviewer cannot import sources and an analyst cannot open admin", async ({ page, signInAs }) => {
    await signInAs("reviewer");
    await page.goto("/sources/new");
    await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Import source" })).toHaveCount(0);
    await page.getByRole("button", { name: "Sign out" }).click();
    await signInAs("analyst");
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
  });

  test("readers see published cards only, never a draft", async ({ page, request }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/cards$/);
    const card = page.getByRole("link", { name: /Were four Kessel Brigade fighters killed/ });
    await expect(card).toBeVisible();
    await card.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Kessel Brigade");
    await expect(page.getByText("Truth: Unproven")).toBeVisible();
    // The demo's draft and in-review claims have slugs too; neither is public.
    const drafts = [
      "varnia-s-foreign-ministry-said-varnia-has-no-links-to-any-armed",
      "varnia-directs-the-kessel-brigade-s-rocket-attacks-on",
    ];
    for (const slug of drafts) expect((await request.get(`/cards/${slug}`)).status()).toBe(404);
    // Other tests publish cards of their own in parallel; the demo's drafts must never be among them.
    const api = await (await request.get("/api/v1/cards")).json();
    const slugs: string[] = api.items.map((c: { slug: string }) => c.slug);
    expect(slugs).toContain("four-kessel-brigade-fighters-were-killed-in-the-coalition");
    for (const slug of drafts) expect(slugs).not.toContain(slug);
  });

  test("an admin adds a user who can then sign in", async ({ page, signInAs }) => {
    await signInAs("admin");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
    const email = `new-${Date.now()}@e2e.claimdesk.test`;
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Role").selectOption("reviewer");
    await page.getByLabel("Initial password").fill("short");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByText("Password must be at least 10 characters.")).toBeVisible();
    await page.getByLabel("Initial password").fill("a-good-long-password");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("status")).toContainText(`Added ${email} as reviewer.`);
    await expect(page.getByRole("cell", { name: email })).toBeVisible();
  });
});
