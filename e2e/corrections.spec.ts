// Issue 11, correctable records: a statement corrected in the reader (and a stale save refused with
// the conflict notice), names instead of ids in a claim's history, and the duplicate check on claims
// created from the reader. All texts are fictional.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { rangeSelect } from "./support/reader";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const ARTICLE = (marker: string) => `[FICTIONAL TEST ARTICLE ${marker}]

Orlen, 4 May. The harbour master Edda Rask said the north pier would reopen in June after inspections.

The port's owners declined to comment.`;

async function post(page: Page, path: string, data: unknown) {
  const res = await page.request.post(path, { data, headers: { origin: new URL(page.url()).origin } });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
  return res.json();
}

test("an analyst corrects a statement's intermediary and hedges; a stale save shows the conflict", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  const marker = unique();
  const speaker = await post(page, "/api/v1/actors", { name: `Edda Rask ${marker}`, kind: "person" });
  const outlet = await post(page, "/api/v1/actors", { name: `Radio Orlen ${marker}`, kind: "outlet" });
  const source = await post(page, "/api/v1/sources", { title: `Orlen pier ${marker}`, text: ARTICLE(marker) });
  const statement = await post(page, "/api/v1/statements", {
    sourceId: source.id,
    quote: { exact: "the north pier would reopen in June" },
    speakerId: speaker.id,
    kind: "indirect",
  });

  await page.goto(`/sources/${source.id}`);
  const item = page.getByTestId("statement-list-item").filter({ hasText: speaker.name });
  await item.locator("summary").click();
  const form = item.getByRole("form", { name: `Edit statement by ${speaker.name}` });
  await form.getByRole("combobox", { name: "Via (intermediary, optional)" }).fill(outlet.name);
  await form.getByRole("option", { name: new RegExp(`^${outlet.name}`) }).click();
  await form.getByLabel("How it was relayed").fill(`told ${outlet.name}`);
  await form.getByLabel("Hedges").fill("reportedly, after inspections");
  await form.getByRole("button", { name: "Save statement" }).click();
  await expect(item.getByRole("status")).toHaveText(`Statement by ${speaker.name} saved (version 2).`);
  await expect(item).toContainText(`told ${outlet.name}`);
  await expect(item).toContainText("hedged: reportedly");
  await expect(item).toContainText("hedged: after inspections");
  await page.reload();
  await item.locator("summary").click();
  await expect(form.getByRole("combobox", { name: "Via (intermediary, optional)" })).toHaveValue(outlet.name);
  await expect(form.getByLabel("Hedges")).toHaveValue("reportedly, after inspections");

  // Someone else corrects the cue through the API while this form is open at version 2.
  const patched = await page.request.patch(`/api/v1/statements/${statement.id}`, {
    data: { version: 2, cue: "announced" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  await form.getByLabel("Cue verb").fill("claimed");
  await form.getByRole("button", { name: "Save statement" }).click();
  const notice = item.getByTestId("conflict-notice");
  await expect(notice).toContainText("Edited by E2E analyst");
  await expect(notice).toContainText("now version 3");
  await notice.getByRole("button", { name: "Reload latest" }).click();
  await expect(form.getByLabel("Cue verb")).toHaveValue("announced");
  await expect(item.getByLabel("Your unsaved changes")).toContainText("cue claimed");
});

test("a claim's history names the claimant instead of showing its id", async ({ page, signInAs }) => {
  await signInAs("analyst");
  const marker = unique();
  const claimant = await post(page, "/api/v1/actors", { name: `Orlen Port Board ${marker}`, kind: "organization" });
  const claim = await post(page, "/api/v1/claims", {
    text: `The Orlen north pier reopens in June ${marker}`,
    kind: "factual",
    claimantId: claimant.id,
  });
  await page.goto(`/claims/${claim.id}/history`);
  const created = page.getByTestId("audit-event").filter({ hasText: "created the claim" });
  await expect(created.getByRole("row", { name: /claimant/ })).toContainText(claimant.name);
  await expect(created).not.toContainText(claimant.id);
});

test("a claim created from the reader with an existing claim's text gets the duplicate warning", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  const marker = unique();
  const existing = await post(page, "/api/v1/claims", {
    text: `The north pier of Orlen reopens in June ${marker}`,
    kind: "factual",
  });
  const source = await post(page, "/api/v1/sources", { title: `Orlen pier ${marker}`, text: ARTICLE(marker) });
  await page.goto(`/sources/${source.id}`);
  await rangeSelect(page, "the north pier would reopen in June");
  await page.getByRole("button", { name: "Add evidence" }).click();
  const dialog = page.getByRole("dialog", { name: "Add evidence" });
  const sameWords = `the NORTH pier of Orlen reopens, in June ${marker}!`;
  await dialog.getByRole("combobox", { name: "Claim" }).fill(sameWords);
  await dialog.getByRole("option", { name: /Create a new claim/ }).click();
  await dialog.getByLabel(/^Supports/).check();
  await dialog.getByRole("button", { name: "Save evidence" }).click();
  const warning = dialog.getByTestId("duplicate-notice");
  await expect(warning.getByRole("link", { name: "Open the existing claim" })).toHaveAttribute(
    "href",
    `/claims/${existing.id}`,
  );
  await expect(dialog.getByRole("alert").first()).toContainText("A claim with the same text already exists");
  await expect(dialog.getByLabel("Claim text")).toHaveValue(sameWords);

  await dialog.getByLabel(/^Supports/).check();
  await warning.getByLabel("Save anyway, as a separate claim").check();
  await dialog.getByRole("button", { name: "Save evidence" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("reader-status")).toHaveText("Evidence saved and highlighted.");
});
