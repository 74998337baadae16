import { expect, test } from "./support/fixtures";

test("an analyst adds an actor and creates a claim about them", async ({ page, signInAs }) => {
  await signInAs("analyst");
  await page.goto("/actors");
  const name = `Brask Port Authority ${Date.now()}`;
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByLabel("Kind").selectOption("organization");
  await page.getByLabel("Aliases").fill("BPA");
  await page.getByRole("button", { name: "Add actor" }).click();
  await expect(page.getByRole("status")).toContainText(`Added ${name}.`);
  await expect(page.getByRole("link", { name })).toBeVisible();

  await page.goto("/claims/new");
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByText("Claim text is required.")).toBeVisible();
  await page.getByLabel("Claim", { exact: true }).fill("The Brask port authority closed the harbour on Friday");
  await page.getByLabel("Claimant (who asserts it)").selectOption({ label: name });
  await page.getByLabel("Tags").fill("harbours");
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByTestId("claim-text")).toHaveText("The Brask port authority closed the harbour on Friday");
  await expect(page.getByText("Draft")).toBeVisible();
  await expect(page.getByRole("link", { name })).toBeVisible();
});

test("the demo dispute's claim shows evidence on both sides", async ({ page, signInAs }) => {
  await signInAs("reviewer");
  await page.goto("/claims?status=in_review");
  await page.getByRole("link", { name: /Varnia directs the Kessel Brigade/ }).click();
  await expect(page.getByRole("region", { name: "Supports" }).getByTestId("evidence-item")).toHaveCount(2);
  await expect(page.getByRole("region", { name: "Contradicts" }).getByTestId("evidence-item")).toHaveCount(2);
});
