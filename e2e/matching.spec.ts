// Claim matching in a real browser: the matcher's proposal in the reader, accepted as evidence and
// found on the claim page; and the similar-claim warning while a claim is written. Fictional text.
import { expect, test } from "./support/fixtures";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test("a claim match in the reader is accepted as contradicting evidence and shows on the claim page", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  const place = `Quell${unique()}`;
  const claimText = `The Tarnish Guard shelled the ${place} grain depot`;
  await page.goto("/claims/new");
  await page.getByLabel("Claim", { exact: true }).fill(claimText);
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByTestId("claim-text")).toHaveText(claimText);
  const claimUrl = page.url();

  const title = `Depot fire ${place}`;
  await page.goto("/sources/new");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Text")
    .fill(
      `[FICTIONAL] A fire broke out overnight.\n\nThe Tarnish Guard denied that it shelled the ${place} grain depot.\n\nMarket stalls reopened on Friday.`,
    );
  await page.getByRole("button", { name: "Import source" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  const panel = page.getByRole("region", { name: /Bears on claims/ });
  const item = panel.getByTestId("claim-match-item").filter({ hasText: claimText });
  await expect(item).toContainText("denied that it shelled");
  await expect(item).toContainText("contradicts");
  const stance = item.getByRole("combobox", { name: /Stance for/ });
  await expect(stance).toHaveValue("contradicts");
  await item.getByRole("button", { name: /as evidence/ }).click();
  // Accepted matches leave the list of pending ones.
  await expect(item).toHaveCount(0);

  await page.goto(claimUrl);
  const contradicting = page.getByRole("region", { name: "Contradicts" }).getByTestId("evidence-item");
  await expect(contradicting).toHaveCount(1);
  await expect(contradicting).toContainText(`denied that it shelled the ${place} grain depot`);
});

test("writing a claim like an existing one shows the similar-claim warning", async ({ page, signInAs }) => {
  await signInAs("analyst");
  const place = `Morrow${unique()}`;
  const claimText = `The ${place} ferry was sunk by a drifting mine`;
  await page.goto("/claims/new");
  await page.getByLabel("Claim", { exact: true }).fill(claimText);
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByTestId("claim-text")).toHaveText(claimText);

  await page.goto("/claims/new");
  await page.getByLabel("Claim", { exact: true }).fill(`A drifting mine sank the ${place} ferry`);
  const hint = page.getByTestId("similar-claims-hint");
  await expect(hint).toContainText("This claim may already exist");
  await expect(hint.getByRole("link", { name: claimText })).toBeVisible();
});
